/**
 * Text from an inventory is written back into files people open in spreadsheets: a cell that
 * starts with = + - @, a tab or a carriage return would be read as a formula (CSV injection), so
 * it gets a leading apostrophe, which spreadsheets show as text. The one rule for the CSV and
 * Markdown exports alike.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
