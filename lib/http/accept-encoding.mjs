// Whether a client takes a gzip body (RFC 9110 §12.5.3): for responses compressed once and kept
// compressed (the cached feeds; the production server's copies of cached pages), which the
// server's own per-response compression then leaves alone. Plain JavaScript: the production server
// (scripts/server/) runs it with Node alone.

/**
 * True when `header` (Accept-Encoding) accepts gzip: named, or `*`, with a weight above zero.
 * @param {string | null | undefined} header
 * @returns {boolean}
 */
export function acceptsGzip(header) {
  if (!header) return false;
  let named;
  let wildcard;
  for (const part of header.split(",")) {
    const [coding = "", ...parameters] = part.split(";").map((piece) => piece.trim().toLowerCase());
    const q = parameters.find((parameter) => parameter.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (!Number.isFinite(weight)) continue;
    if (coding === "gzip" || coding === "x-gzip") named = Math.max(named ?? 0, weight);
    else if (coding === "*") wildcard = weight;
  }
  return (named ?? wildcard ?? 0) > 0;
}
