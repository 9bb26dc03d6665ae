import { fileTypeFromBuffer } from "file-type";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { acceptedType, checkSize, cleanFileName, contentDisposition, DEFAULT_MAX_BYTES, maxBytesFrom, megabytes, safeLinkUrl } from "./rules";

const MB = 1024 * 1024;
const pdf = strToU8("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const docx = zipSync({
  "[Content_Types].xml": strToU8(
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  ),
  "word/document.xml": strToU8("<w:document/>"),
});
const odt = zipSync({ mimetype: [strToU8("application/vnd.oasis.opendocument.text"), { level: 0 }], "content.xml": strToU8("<office/>") });
/** The header of the compound file container of .doc/.xls/.ppt. */
const cfb = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, ...new Array(64).fill(0)]);

const sniff = async (bytes: Uint8Array, name: string) => acceptedType(await fileTypeFromBuffer(bytes), name);

describe("the type of an upload, from its content", () => {
  it("accepts PDF, Office Open XML, OpenDocument and images as what they are", async () => {
    expect(await sniff(pdf, "agenda.pdf")).toEqual({ ext: "pdf", contentType: "application/pdf" });
    expect(await sniff(png, "photo.png")).toEqual({ ext: "png", contentType: "image/png" });
    expect((await sniff(docx, "paper.docx"))?.contentType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect((await sniff(odt, "paper.odt"))?.contentType).toBe("application/vnd.oasis.opendocument.text");
  });

  it("goes by the content, not the name: a PDF named .png is a PDF", async () => {
    expect(await sniff(pdf, "picture.png")).toEqual({ ext: "pdf", contentType: "application/pdf" });
  });

  it("refuses a program or a text page whatever its name says", async () => {
    expect(await sniff(exe, "report.pdf")).toBeNull();
    expect(await sniff(strToU8("<html><script>alert(1)</script></html>"), "notes.pdf")).toBeNull();
    expect(await sniff(strToU8("plain words"), "notes.docx")).toBeNull();
    // A zip that is no office document.
    expect(await sniff(zipSync({ "a.txt": strToU8("x") }), "slides.pptx")).toBeNull();
  });

  it("tells the legacy Office formats apart by name only inside their container", async () => {
    expect(await sniff(cfb, "minutes.doc")).toEqual({ ext: "doc", contentType: "application/msword" });
    expect(await sniff(cfb, "budget.XLS")).toEqual({ ext: "xls", contentType: "application/vnd.ms-excel" });
    expect(await sniff(cfb, "installer.msi")).toBeNull();
  });
});

describe("the size limit", () => {
  it("is 25 MB unless MATERIALS_MAX_MB says otherwise, never above the ceiling", () => {
    expect(maxBytesFrom({})).toBe(DEFAULT_MAX_BYTES);
    expect(maxBytesFrom({ MATERIALS_MAX_MB: "10" })).toBe(10 * MB);
    expect(maxBytesFrom({ MATERIALS_MAX_MB: "ten" })).toBe(DEFAULT_MAX_BYTES);
    expect(maxBytesFrom({ MATERIALS_MAX_MB: "0" })).toBe(DEFAULT_MAX_BYTES);
    expect(maxBytesFrom({ MATERIALS_MAX_MB: "500" })).toBe(60 * MB);
  });

  it("says how large the file is and what the limit is", () => {
    expect(checkSize(31 * MB, 25 * MB)).toEqual({ reason: "materials.tooLarge", values: { size: "31", limit: "25" } });
    expect(checkSize(25 * MB, 25 * MB)).toBeNull();
    expect(checkSize(0, 25 * MB)).toEqual({ reason: "materials.emptyFile" });
    expect(megabytes(400 * 1024)).toBe("0.4");
    expect(megabytes(10)).toBe("0.1");
  });
});

describe("links", () => {
  it("keeps http and https addresses only", () => {
    expect(safeLinkUrl(" https://example.org/paper ")).toBe("https://example.org/paper");
    expect(safeLinkUrl("http://example.org")).toBe("http://example.org/");
    for (const bad of [
      "javascript:alert(1)",
      "data:text/html,x",
      "mailto:a@b.c",
      "/relative",
      "example.org",
      "https://user:pw@example.org/",
      "ftp://example.org",
    ]) {
      expect(safeLinkUrl(bad)).toBeNull();
    }
  });
});

describe("file names", () => {
  it("drops folders and quoting characters and takes the extension of the real type", () => {
    expect(cleanFileName("C:\\Users\\ana\\Повестка дня.PDF", "pdf")).toBe("Повестка дня.pdf");
    expect(cleanFileName('../../etc/"pass"wd;.png', "pdf")).toBe("passwd.pdf");
    expect(cleanFileName("   ", "png")).toBe("material.png");
  });

  it("offers the name in ASCII and in UTF-8 for Content-Disposition", () => {
    expect(contentDisposition("Gündəlik 2026.pdf", false)).toBe(`attachment; filename="G_nd_lik 2026.pdf"; filename*=UTF-8''G%C3%BCnd%C9%99lik%202026.pdf`);
    expect(contentDisposition("photo.png", true)).toBe(`inline; filename="photo.png"; filename*=UTF-8''photo.png`);
  });
});
