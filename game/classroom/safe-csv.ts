// CSV text that is safe to open in a spreadsheet when some cells were typed by students: every
// field is quoted when it holds a comma, quote or line break (RFC 4180), and a text that a
// spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return,
// even after spaces) is prefixed with an apostrophe, so it shows as the text it was.

/** U+FEFF, written as EF BB BF in UTF-8: without it Excel reads the Chinese as a legacy code page. */
export const BOM = '\uFEFF';

const FORMULA_START = /^[\s]*[=+\-@]|^[\t\r]/;

/** A text cell: neutralised, then quoted if it must be. */
export function textCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A number cell with `digits` decimals; empty when the number is not finite. */
export function numberCell(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '';
}

/** The whole file: BOM, rows joined by CRLF (RFC 4180), a final line break. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}
