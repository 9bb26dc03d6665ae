// How the production server answers one request (scripts/server.mjs): compression, the nonce swap,
// the feeds' compressed bodies, a whole page gzipped once per content, then a kept copy of a cached
// public page if one may answer (a page's copy already gzipped goes past these layers), else
// Next.js. Plain JavaScript: the production server runs it with Node alone.
import { swapNonceInResponse } from "./nonce-swap.mjs";
import { restorePrecompressed } from "./precompressed.mjs";

/**
 * @param {(req, res) => unknown} handle Next.js's request handler
 * @param {{ compress: (req, res, next: () => void) => void, template: string, nonceOf: () => string, pageCopies: ReturnType<typeof import("./public-page-copies.mjs").createPublicPageCopies>, gzipOnce?: ReturnType<typeof import("./gzip-once.mjs").createGzipOnce> }} layers
 */
export function createRequestListener(handle, { compress, template, nonceOf, pageCopies, gzipOnce }) {
  return (req, res) => {
    // Installed in this order, each wrapping the last: what Next.js (or a copy) writes passes the
    // compressed-once page (which, when it answers, goes straight out), the precompressed check,
    // then the swap, then the compression.
    compress(req, res, () => {});
    const nonce = nonceOf();
    let precompressed = false;
    swapNonceInResponse(res, template, nonce, () => precompressed);
    restorePrecompressed(res, () => {
      precompressed = true;
    });
    gzipOnce?.install(req, res, { nonce, template });
    const toNext = () => pageCopies.capture(req, res, { nonce, template }, () => handle(req, res));
    const served = pageCopies.serve(req, res, { nonce, template });
    if (served === false) return toNext();
    return served.then((done) => (done ? undefined : toNext()));
  };
}
