// Travel-document numbers are shown masked unless an organizer explicitly reveals them (and that
// reveal is audited). Pure: the same mask on the manifest, the documents list and in tests.

/** Always this many dots, whatever the length, so the mask does not leak how long the number is. */
const MASK = "•••••";

/**
 * "AB 1234567" → "•••••4567". Spaces and dashes are ignored; long numbers keep their last 4
 * characters, shorter ones fewer (at most half of them), so a short number is never mostly shown.
 */
export function maskDocumentNumber(value: string): string {
  const compact = value.replace(/[\s-]/g, "");
  if (compact.length === 0) return "";
  const visible = Math.min(4, Math.floor(compact.length / 2));
  return MASK + compact.slice(compact.length - visible);
}
