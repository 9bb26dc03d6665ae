// What may be attached as a material, decided without I/O: size, type (by content, not by name),
// links (http and https only) and the name a download is offered under.

export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;
/** The most any configuration may allow: the proxy passes request bodies up to this size whole. */
export const CEILING_BYTES = 60 * 1024 * 1024;
const MB = 1024 * 1024;

/** MATERIALS_MAX_MB (a whole number of megabytes), else 25 MB; never above the ceiling. */
export function maxBytesFrom(env: Record<string, string | undefined>): number {
  const raw = env.MATERIALS_MAX_MB?.trim();
  if (!raw || !/^\d+$/.test(raw) || Number(raw) === 0) return DEFAULT_MAX_BYTES;
  return Math.min(Number(raw) * MB, CEILING_BYTES);
}

/** Megabytes for a message: one decimal under 10 MB, whole above ("0.4", "31"). */
export function megabytes(bytes: number): string {
  const mb = bytes / MB;
  if (mb >= 10) return String(Math.round(mb));
  return String(Math.max(0.1, Math.round(mb * 10) / 10));
}

export type Refusal = { reason: string; values?: Record<string, string> };

export function checkSize(bytes: number, max: number): Refusal | null {
  if (bytes === 0) return { reason: "materials.emptyFile" };
  if (bytes > max) return { reason: "materials.tooLarge", values: { size: megabytes(bytes), limit: megabytes(max) } };
  return null;
}

/** What file-type found in the first bytes (undefined: nothing it knows). */
export type Sniffed = { ext: string; mime: string } | undefined;

const OFFICE_OPEN_XML: Record<string, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
};
const OPEN_DOCUMENT: Record<string, string> = {
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  odp: "application/vnd.oasis.opendocument.presentation",
};
/** The old binary Office formats share one container (CFB); its name says which it is. */
const LEGACY_OFFICE: Record<string, string> = {
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
};
const IMAGES: Record<string, string> = { png: "image/png", jpg: "image/jpeg", webp: "image/webp" };

const ALLOWED: Record<string, string> = { pdf: "application/pdf", ...OFFICE_OPEN_XML, ...OPEN_DOCUMENT, ...IMAGES };

export type Accepted = { ext: string; contentType: string };

/**
 * The type a file is stored and served as, from what its content is; the name only tells apart the
 * legacy Office formats, whose content is the same container. Null: not a PDF, office document or
 * image (a renamed program, an HTML page, a text file…).
 */
export function acceptedType(sniffed: Sniffed, fileName: string): Accepted | null {
  if (!sniffed) return null;
  if (sniffed.ext === "cfb") {
    const ext = extensionOf(fileName);
    return ext && LEGACY_OFFICE[ext] ? { ext, contentType: LEGACY_OFFICE[ext] } : null;
  }
  const contentType = ALLOWED[sniffed.ext];
  return contentType ? { ext: sniffed.ext, contentType } : null;
}

export function isImage(contentType: string): boolean {
  return Object.values(IMAGES).includes(contentType);
}

function extensionOf(fileName: string): string | null {
  const match = /\.([a-z0-9]{1,8})$/i.exec(fileName.trim());
  return match ? match[1]!.toLowerCase() : null;
}

/** An http(s) address, normalized; null for anything else (javascript:, data:, mailto:, relative…). */
export function safeLinkUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (!url.hostname || url.username || url.password) return null;
  return url.toString();
}

/**
 * The file name as kept and offered for download: no folders, no control or quoting characters,
 * at most 150 characters, the extension of the type it really is.
 */
export function cleanFileName(raw: string, ext: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const stem = base
    .replace(/\.[^.]*$/, "")
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f"*:<>?|;\\]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 150);
  const extension = ext === "jpg" ? "jpg" : ext;
  return `${stem || "material"}.${extension}`;
}

/** Content-Disposition for a download: an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(fileName: string, inline: boolean): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\%]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${inline ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
