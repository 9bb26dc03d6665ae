// An uploaded "CSV" as the bytes Excel, LibreOffice or a text editor actually wrote, turned into
// text, or refused before anything reads it as a list. Pure, no I/O: Node's own TextDecoder (full
// ICU) decodes all of it, Windows-1251 included.
//
// - A byte-order mark says the encoding: UTF-8, UTF-16 LE or UTF-16 BE (Excel's "Unicode text").
// - Without one: text that is valid UTF-8 is UTF-8 (a list saved as Windows-1251 is never valid
//   UTF-8 once it has a Cyrillic letter); anything else is read as Windows-1251, which is what
//   Excel saves as "CSV" in a Russian (or Azerbaijani Cyrillic) locale. That is a guess, and the
//   import report says so.
// - A spreadsheet file (.xlsx is a zip, .xls an OLE compound file, .ods a zip too) or any other
//   binary file is refused with what it is, instead of being read as a list of garbage.
import { hasNoControlCharacters } from "@/lib/forms/fields";

export const SOURCE_ENCODINGS = ["utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1251"] as const;
export type SourceEncoding = (typeof SOURCE_ENCODINGS)[number];

export type UploadRefusal = "excelFile" | "openDocumentFile" | "binaryFile" | "damagedText";

export type DecodedUpload = { ok: true; text: string; encoding: SourceEncoding } | { ok: false; reason: UploadRefusal };

const ZIP = [0x50, 0x4b, 0x03, 0x04]; // "PK\x03\x04": .xlsx, .ods, any zip
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // .xls, .doc
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, index) => bytes[index] === byte);
}

/** What kind of zip: the names of its entries are stored as plain bytes in its headers. */
function zipKind(bytes: Uint8Array): UploadRefusal {
  const names = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  if (names.includes("xl/") || names.includes("[Content_Types].xml")) return "excelFile";
  if (names.includes("application/vnd.oasis.opendocument")) return "openDocumentFile";
  return "binaryFile";
}

function decode(bytes: Uint8Array, label: string, offset: number): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(offset));
  } catch {
    return null;
  }
}

/** The text of an uploaded list and the encoding it was read in, or why it cannot be read as one. */
export function decodeUpload(bytes: Uint8Array): DecodedUpload {
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return { ok: false, reason: zipKind(bytes) };
  if (startsWith(bytes, OLE)) return { ok: false, reason: "excelFile" };
  if (startsWith(bytes, PDF)) return { ok: false, reason: "binaryFile" };

  let read: { text: string | null; encoding: SourceEncoding };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) read = { text: decode(bytes, "utf-8", 3), encoding: "utf-8-bom" };
  else if (startsWith(bytes, [0xff, 0xfe])) read = { text: decode(bytes, "utf-16le", 2), encoding: "utf-16le" };
  else if (startsWith(bytes, [0xfe, 0xff])) read = { text: decode(bytes, "utf-16be", 2), encoding: "utf-16be" };
  else {
    // NUL and other control bytes are not in any text a spreadsheet writes (nor in UTF-16 without
    // its mark, which nothing here could tell from binary): an image, an archive, a document.
    if (!hasNoControlCharacters(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1"))) {
      return { ok: false, reason: "binaryFile" };
    }
    const utf8 = decode(bytes, "utf-8", 0);
    read = utf8 !== null ? { text: utf8, encoding: "utf-8" } : { text: decode(bytes, "windows-1251", 0), encoding: "windows-1251" };
  }
  // A mark that promises an encoding the bytes do not keep: a damaged or mislabelled file.
  if (read.text === null) return { ok: false, reason: "damagedText" };
  // UTF-16 of a binary file decodes to text full of control characters.
  if (!hasNoControlCharacters(read.text)) return { ok: false, reason: "binaryFile" };
  return { ok: true, text: read.text, encoding: read.encoding };
}
