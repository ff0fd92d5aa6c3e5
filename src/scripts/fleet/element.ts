/**
 * Builds an element from attributes and children, as text nodes, never HTML strings: names and
 * cells come from the reader's file. The wizard has the same helper (wizard/dom.ts); the fleet
 * page keeps its own because a module both pages import becomes a chunk of its own, which costs
 * the wizard's script bytes it does not have to spare (tests/support/budgets.ts).
 */
export type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | undefined> = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}
