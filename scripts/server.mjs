// The production server: Next.js in a plain Node http server, for one reason. Every page's scripts
// must carry this response's nonce (the Content-Security-Policy allows no other script,
// lib/http/content-security-policy.ts), but the public pages are rendered once and served from the
// cache to everyone, so no per-request nonce can be in them. So Next.js renders every page with one
// stand-in nonce, secret and never sent out (CSP_NONCE_TEMPLATE, read by proxy.ts; see
// standInNonce below), and this server swaps it for a fresh nonce in each response's header and body.
// A <script> that Next.js did not write (an injection) has no stand-in, so it gets no nonce.
//
// Usage: node scripts/server.mjs [-p port] [-H hostname]   (PORT works too; as `next start`)
import { createHmac, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { locales as LOCALES } from "../i18n/locale-list.mjs";
import { createGzipOnce } from "./server/gzip-once.mjs";
import { createPublicPageCopies } from "./server/public-page-copies.mjs";
import { createRequestListener } from "./server/request-listener.mjs";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  strict: true,
});
const port = Number(values.port || process.env.PORT || 3000);
const hostname = values.hostname || undefined;

process.env.NODE_ENV = "production";
// 24 random bytes, as lib/http/content-security-policy.ts newNonce(): the swap keeps lengths equal.
const nonceOf = () => randomBytes(24).toString("base64");
const template = standInNonce();
process.env.CSP_NONCE_TEMPLATE = template;
// Route handlers may answer with a body compressed once and kept (lib/http/precompressed.ts).
process.env.ROUNDTABLE_PRECOMPRESSED = "1";

/**
 * The stand-in must be the same on every server of one deployment: with REDIS_URL they share the
 * page cache, so one server serves pages another rendered. And it must stay secret (whoever knew
 * it could write it into an injected script and have it swapped for a valid nonce). So it is
 * derived from the deployment's secret and this build: the same for its servers, unknown to
 * anyone else, new with every build.
 */
function standInNonce() {
  const secret = process.env.AUTH_SECRET?.trim();
  if (!secret) return nonceOf();
  const buildId = readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
  return createHmac("sha256", secret).update(`csp-nonce-stand-in:${buildId}`).digest().subarray(0, 24).toString("base64");
}

// Imported after the environment is set: Next.js reads NODE_ENV when it loads.
const { default: next } = await import("next");
// Next.js's own compression middleware (next.config.ts turns Next's off, since it would compress
// before the swap). Installed first, so it compresses what the swap has written.
const { default: compression } = await import("next/dist/compiled/compression/index.js");

const app = next({ dev: false, dir: process.cwd(), port, hostname });
const handle = app.getRequestHandler();
await app.prepare();
const compress = compression();

// Cached public pages answered from what Next.js sent, while the cache says that copy is still
// fresh (scripts/server/public-page-copies.mjs). The locales are the app's (i18n/routing.ts).
const pageCopies = createPublicPageCopies({ locales: LOCALES });
// Whole pages (a delegate's own cached schedule, above all) gzipped once per content (scripts/server/gzip-once.mjs).
const gzipOnce = createGzipOnce();
const server = createServer(createRequestListener(handle, { compress, template, nonceOf, pageCopies, gzipOnce }));
server.listen(port, hostname, () => {
  console.log(`Roundtable ready on http://${hostname ?? "localhost"}:${port}`);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
