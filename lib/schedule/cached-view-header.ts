// The request header by which proxy.ts sends a delegate's /[locale]/schedule to their cached copy:
// next.config.ts rewrites on it (a rewrite of the configuration, not of the proxy: a proxy's
// rewrite is an absolute address, which Next.js fetches as an external one when the server is
// bound to 127.0.0.1, since it calls that host "localhost"). The proxy removes it from every
// request first, so only the proxy sets it. Plain TypeScript: next.config.ts imports it.

export const CACHED_VIEW_HEADER = "x-roundtable-cached-view";
