// The roster as an Excel workbook, beside the CSV: LibreOffice's default CSV import ignores the
// UTF-8 byte-order mark (checked with LibreOffice 7.4: Armenian and Cyrillic names came out as
// mojibake), while a workbook opens right everywhere with a double click. Every cell is a typed
// string, so nothing a person typed can run as a formula.
import writeXlsxFile from "write-excel-file/node";
import type { CsvCell } from "@/lib/csv/spreadsheet-safe";

export async function rosterWorkbook(header: string[], rows: CsvCell[][], sheet: string): Promise<Buffer> {
  const text = (value: CsvCell) => ({ value: value === null ? "" : String(value), type: String });
  return writeXlsxFile([header.map((label) => ({ ...text(label), fontWeight: "bold" as const })), ...rows.map((row) => row.map(text))], {
    sheet,
    stickyRowsCount: 1,
  }).toBuffer();
}
