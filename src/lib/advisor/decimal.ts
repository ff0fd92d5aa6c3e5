/**
 * Numbers in a wizard address, written and read by one pair of rules so that the address reads
 * back what it writes. Only plain decimals are accepted: no exponents, hex, Infinity or empty
 * strings, which Number() would take but a person would not write. So numbers are written the same
 * way: `String(1e-7)` is "1e-7", which the reader would reject and the answer would vanish.
 */
const DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** The number a plain decimal names, or undefined for anything else. */
export function parseDecimal(text: string): number | undefined {
  return DECIMAL.test(text) ? Number(text) : undefined;
}

/**
 * A finite number as a plain decimal that parses back to exactly the same number: the shortest
 * round-trip digits JavaScript gives, with the exponent written out as zeros (1e-7 → "0.0000001",
 * 1e21 → "1000000000000000000000"). -0 stays "-0" so that it, too, reads back unchanged.
 */
export function toDecimal(value: number): string {
  if (Object.is(value, -0)) return '-0';
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, lead, rest = '', exponent] = match;
  const digits = lead + rest;
  // Where the decimal point falls within `digits`.
  const point = 1 + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
