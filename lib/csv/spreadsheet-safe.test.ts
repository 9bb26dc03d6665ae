import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { spreadsheetSafeCell, toSpreadsheetSafeCsv, unescapeSpreadsheetCell } from "./spreadsheet-safe";

const BOM = "\uFEFF";

describe("spreadsheetSafeCell", () => {
  it.each(["=1+1", "+994 12 345", "-5", "@SUM(A1)", "\tx", "\rx"])("prefixes %j with a quote", (value) => {
    expect(spreadsheetSafeCell(value)).toBe(`'${value}`);
  });

  it.each(["  =HYPERLINK(1)", " +1", "\n-2", "\u00a0@x"])("prefixes %j where the trigger follows leading whitespace", (value) => {
    expect(spreadsheetSafeCell(value)).toBe(`'${value}`);
  });

  it("leaves plain text, inner trigger characters and the empty string alone", () => {
    for (const value of ["Aygün Məmmədova", "a=b", "x-1", "mail@example.org", "", "  plain"]) {
      expect(spreadsheetSafeCell(value)).toBe(value);
    }
  });

  it("writes numbers as numbers, negative ones included, and null as empty", () => {
    expect(spreadsheetSafeCell(-5)).toBe("-5");
    expect(spreadsheetSafeCell(0)).toBe("0");
    expect(spreadsheetSafeCell(3.5)).toBe("3.5");
    expect(spreadsheetSafeCell(null)).toBe("");
  });
});

describe("unescapeSpreadsheetCell", () => {
  it("drops only a quote that escaping would have added", () => {
    expect(unescapeSpreadsheetCell("'+994 12 345")).toBe("+994 12 345");
    expect(unescapeSpreadsheetCell("'=1")).toBe("=1");
    expect(unescapeSpreadsheetCell("'Connor")).toBe("'Connor");
    expect(unescapeSpreadsheetCell("O'Connor")).toBe("O'Connor");
  });

  it("round-trips every escaped cell", () => {
    for (const value of ["=1", "+1", "-1", "@a", "\tb", " =c"]) {
      expect(unescapeSpreadsheetCell(spreadsheetSafeCell(value))).toBe(value);
    }
  });
});

describe("toSpreadsheetSafeCsv", () => {
  it("starts with a UTF-8 BOM and ends records with CRLF", () => {
    expect(toSpreadsheetSafeCsv(["a", "b"], [["1", 2]])).toBe(`${BOM}a,b\r\n1,2\r\n`);
  });

  it("quotes commas, quotes and line breaks (RFC 4180)", () => {
    const csv = toSpreadsheetSafeCsv(["h"], [["a,b"], ['say "hi"'], ["two\nlines"], ["cr\rhere"], ["crlf\r\nhere"]]);
    expect(csv).toBe(`${BOM}h\r\n"a,b"\r\n"say ""hi"""\r\n"two\nlines"\r\n"cr\rhere"\r\n"crlf\r\nhere"\r\n`);
  });

  it("escapes formulas in headers and cells, but not numbers", () => {
    const csv = toSpreadsheetSafeCsv(["=h"], [['=HYPERLINK("http://evil")'], ["-5"], [-5], [null]]);
    expect(csv).toBe(`${BOM}'=h\r\n"'=HYPERLINK(""http://evil"")"\r\n'-5\r\n-5\r\n\r\n`);
  });

  it("keeps Cyrillic, Armenian and Azerbaijani text as it is and parses back to the same cells", () => {
    const rows = [["Айгюн Мамедова", "Արամ Պետրոսյան", "Aygün Məmmədova", 'multi\nline, "quoted"']];
    const csv = toSpreadsheetSafeCsv(["ru", "hy", "az", "mixed"], rows);
    expect(parse(csv, { bom: true })).toEqual([["ru", "hy", "az", "mixed"], ...rows]);
  });
});
