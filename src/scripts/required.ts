/**
 * The element a script cannot work without: the first match of `selector` inside `root`, checked
 * to be of the expected kind. A missing or different element throws an error that names the
 * component and the selector, so a markup change that drops it fails loudly and says where,
 * instead of as "cannot read properties of null" somewhere later.
 */
export function required<T extends Element>(root: ParentNode, selector: string, type: new () => T): T {
  const found = root.querySelector(selector);
  if (found instanceof type) return found;
  throw new Error(`${root instanceof Element ? `<${root.localName}>` : 'The page'}: no ${type.name} matches "${selector}".`);
}
