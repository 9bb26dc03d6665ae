// Responses compressed once and kept compressed (the cached Atom feeds, lib/outcomes/feed-route.ts).
// Next.js drops a route handler's Content-Encoding (it assumes a body fetched from elsewhere was
// decoded on the way), so such a response names its encoding in PRECOMPRESSED_HEADER instead, and
// this server restores Content-Encoding as the headers go out: the compression installed before it
// then leaves the body as it is. Plain JavaScript: the production server runs it with Node alone.

/** Also in lib/http/precompressed.ts (tests/unit/precompressed.test.ts checks they agree). */
export const PRECOMPRESSED_HEADER = "x-roundtable-precompressed";

/**
 * From now on, a response of `res` that names gzip in PRECOMPRESSED_HEADER goes out with
 * `Content-Encoding: gzip` instead; `onPrecompressed` is told before anything is written. Install
 * after the compression and the nonce swap, so this runs before them.
 */
export function restorePrecompressed(res, onPrecompressed) {
  const { writeHead } = res;
  res.writeHead = function (statusCode, ...rest) {
    if (res.getHeader(PRECOMPRESSED_HEADER) === "gzip") {
      res.removeHeader(PRECOMPRESSED_HEADER);
      res.setHeader("Content-Encoding", "gzip");
      onPrecompressed();
    }
    return writeHead.call(this, statusCode, ...rest);
  };
}
