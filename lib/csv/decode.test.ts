// Uploaded lists as other programs write them: the bytes come from Node's Buffer encoders and from
// fixtures made with Python's codecs and zipfile (tests/fixtures), not from the decoder under test.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeUpload } from "./decode";

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, "..", "..", "tests", "fixtures", name)));

// Armenian, Azerbaijani Latin (ə ğ ı ş) and Cyrillic in one list.
const LIST = "name,native name\r\nAni Grigoryan,Անի Գրիգորյան\r\nAygun Mammadova,Aygün Məmmədova\r\nIlgar Sahin,İlqar Şahin oğlu ığ\r\nIrina,Ирина Ёлкина\r\n";

const bytes = (...parts: (number[] | Buffer)[]) => new Uint8Array(Buffer.concat(parts.map((part) => Buffer.from(part))));

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, "utf16le");
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

describe("decodeUpload: text files", () => {
  it("reads UTF-8 without a byte-order mark", () => {
    expect(decodeUpload(bytes(Buffer.from(LIST, "utf8")))).toEqual({ ok: true, text: LIST, encoding: "utf-8" });
  });

  it("reads UTF-8 with a byte-order mark, and drops the mark", () => {
    expect(decodeUpload(bytes([0xef, 0xbb, 0xbf], Buffer.from(LIST, "utf8")))).toEqual({ ok: true, text: LIST, encoding: "utf-8-bom" });
  });

  it("reads UTF-16 little- and big-endian by their byte-order marks", () => {
    expect(decodeUpload(bytes([0xff, 0xfe], Buffer.from(LIST, "utf16le")))).toEqual({ ok: true, text: LIST, encoding: "utf-16le" });
    expect(decodeUpload(bytes([0xfe, 0xff], utf16be(LIST)))).toEqual({ ok: true, text: LIST, encoding: "utf-16be" });
  });

  it("reads a list that is not valid UTF-8 as Windows-1251 (Excel's Russian-locale CSV) and says so", () => {
    const decoded = decodeUpload(fixture("invitations-windows-1251.csv"));
    expect(decoded).toMatchObject({ ok: true, encoding: "windows-1251" });
    expect(decoded.ok && decoded.text.split("\r\n").slice(0, 2)).toEqual([
      "Имя;Имя (в оригинальном написании);Электронная почта;Сторона;Сектор;Организация",
      "Aygun Mammadova;Айгюн Мамедова;aygun.1251@example.org;Azerbaijan;гражданское общество;ООО «Мост мира»",
    ]);
  });

  it("takes plain ASCII as UTF-8", () => {
    expect(decodeUpload(bytes(Buffer.from("name,email\n", "ascii")))).toMatchObject({ ok: true, encoding: "utf-8" });
  });
});

describe("decodeUpload: files that are not a text table", () => {
  it("refuses an Excel workbook (.xlsx, a zip) as an Excel file", () => {
    expect(decodeUpload(fixture("invitations.xlsx"))).toEqual({ ok: false, reason: "excelFile" });
  });

  it("refuses an old Excel workbook (.xls, an OLE compound file) as an Excel file", () => {
    expect(decodeUpload(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], Buffer.alloc(64)))).toEqual({ ok: false, reason: "excelFile" });
  });

  it("refuses an OpenDocument spreadsheet (.ods) as one", () => {
    const ods = bytes([0x50, 0x4b, 0x03, 0x04], Buffer.alloc(26), Buffer.from("mimetypeapplication/vnd.oasis.opendocument.spreadsheet", "latin1"));
    expect(decodeUpload(ods)).toEqual({ ok: false, reason: "openDocumentFile" });
  });

  it("refuses other binary files: another zip, a PDF, an image, UTF-16 without its mark", () => {
    expect(decodeUpload(bytes([0x50, 0x4b, 0x03, 0x04], Buffer.from("photo.jpg", "latin1")))).toEqual({ ok: false, reason: "binaryFile" });
    expect(decodeUpload(bytes(Buffer.from("%PDF-1.7\n", "latin1")))).toEqual({ ok: false, reason: "binaryFile" });
    expect(decodeUpload(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toEqual({ ok: false, reason: "binaryFile" });
    expect(decodeUpload(bytes(Buffer.from("name,email\r\n", "utf16le")))).toEqual({ ok: false, reason: "binaryFile" });
    expect(decodeUpload(bytes([0xff, 0xfe], Buffer.from([0x01, 0x00, 0x02, 0x00])))).toEqual({ ok: false, reason: "binaryFile" });
  });

  it("refuses a file whose byte-order mark promises an encoding its bytes break", () => {
    expect(decodeUpload(bytes([0xef, 0xbb, 0xbf], Buffer.from("Имя", "utf8"), [0xc8, 0xec]))).toEqual({ ok: false, reason: "damagedText" });
    expect(decodeUpload(bytes([0xff, 0xfe], Buffer.from([0x00, 0xd8, 0x41, 0x00])))).toEqual({ ok: false, reason: "damagedText" });
  });
});
