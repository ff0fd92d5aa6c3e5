/**
 * The text of an answer value of any type, for a problem message. Answers reach the advisor from
 * the address, the CLI, JSON or any caller, so a value may be an object whose `toString` is not a
 * function (`{ toString: {} }`), an object with no prototype at all, or a proxy: `String(raw)`
 * throws on all of them. This never runs code the value controls (toString, valueOf,
 * Symbol.toPrimitive, toJSON, getters or proxy traps).
 */
export function valueText(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  // String() of a primitive uses the language's own conversion, never a method lookup.
  if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'bigint' || raw === undefined) return String(raw);
  if (raw === null) return 'null';
  if (typeof raw === 'symbol') return '(a symbol)';
  if (typeof raw === 'function') return '(a function)';
  return isList(raw) ? '(a list)' : '(an object)';
}

function isList(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    // A revoked proxy throws even here.
    return false;
  }
}
