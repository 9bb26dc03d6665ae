// CSV meant to be opened in a spreadsheet. Two hazards beyond RFC 4180:
// - Excel guesses the encoding of a BOM-less file from the system locale, so Cyrillic, Armenian and
//   Azerbaijani names turn to mojibake; a UTF-8 BOM makes it read UTF-8.
// - A cell starting with = + - @ (or tab / carriage return) is run as a formula: a delegate's
//   self-typed "organization" could exfiltrate data or run commands on the organizer's machine.
//   OWASP's advice is to prefix such cells with a single quote so they are read as text.
import { stringify } from "csv-stringify/sync";

export type CsvCell = string | number | null;

// Leading whitespace does not protect: spreadsheets trim it and still evaluate the formula.
const FORMULA_START = /^[\t\r]|^\s*[=+\-@]/;

/** A cell as text a spreadsheet will not evaluate. Numbers are written as numbers: -5 is a value, not a formula. */
export function spreadsheetSafeCell(value: CsvCell): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * The inverse for text read back from such a file (an exported roster edited and re-imported):
 * drops the quote this module would have added, and nothing else.
 */
export function unescapeSpreadsheetCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

export function toSpreadsheetSafeCsv(header: string[], rows: CsvCell[][]): string {
  return stringify(
    [header, ...rows].map((row) => row.map(spreadsheetSafeCell)),
    {
      bom: true,
      record_delimiter: "windows",
      // csv-stringify only quotes a field containing the record delimiter (\r\n); a lone \n or \r
      // inside a field must be quoted too, or a spreadsheet splits the row there.
      quoted_match: /[\r\n]/,
    },
  );
}
