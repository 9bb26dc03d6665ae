// A route handler's answer that is already compressed (kept so in the cache): Next.js would drop
// its Content-Encoding, so it names the encoding here, and the production server
// (scripts/server/precompressed.mjs) turns this back into Content-Encoding as the response goes
// out. Only that server does: elsewhere (`next dev`, tests) the plain body is sent.

/** The header; scripts/server/precompressed.mjs has the same name. */
export const PRECOMPRESSED_HEADER = "x-roundtable-precompressed";

/** Whether this process runs behind scripts/server.mjs, which restores the encoding. */
export function precompressedBodiesServed(): boolean {
  return process.env.ROUNDTABLE_PRECOMPRESSED === "1";
}
