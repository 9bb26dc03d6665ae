import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { locales } from "./i18n/routing";
import { CACHED_VIEW_HEADER } from "./lib/schedule/cached-view-header";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/**
 * Pages get their Content-Security-Policy, with a nonce, from proxy.ts. What the proxy does not
 * see (Next.js's own files, files with an extension) gets this one: no script of any kind.
 */
const ASSET_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'none'; frame-ancestors 'none'; object-src 'none'; base-uri 'none'";

/** No camera, microphone, location or payment: nothing here needs them. */
const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
/** The one exception: the organizers' check-in screen reads personal codes with the camera (this origin only). */
const CHECK_IN_PERMISSIONS_POLICY = PERMISSIONS_POLICY.replace("camera=()", "camera=(self)");

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files by URL; bundling it breaks that (STACK-NOTES).
  // argon2 ships a native binary. ical-timezones reads its VTIMEZONE files next to its own __dirname.
  // pg-boss loads `pg`, whose optional native binding a bundler cannot resolve.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "@touch4it/ical-timezones", "pg-boss"],
  // The dev server logs every request's URL: a calendar feed's URL is its secret (production logs none).
  logging: { incomingRequests: { ignore: [/\/calendar\/[^/?]/] } },
  poweredByHeader: false,
  // No ETag on pages: Next.js hashes a cached page's whole HTML for one on every response (about a
  // tenth of a cached page's cost here), and it could never match: the production server gives
  // every response its own nonce (scripts/server.mjs), so no two bodies are the same.
  generateEtags: false,
  // The production server compresses (scripts/server.mjs): it must see each page as written, to
  // give it this response's nonce, before anything is compressed.
  compress: false,
  // Cached public pages live in lib/cache/page-cache-handler.mjs's store: this process's memory,
  // or with REDIS_URL one Redis shared by every server, so a refresh on one is seen by all at once.
  // Never on disk: a restarted server never serves a copy made before it stopped (an embargo may
  // have ended meanwhile), and two servers on one build (the e2e suite's) never read each other's
  // pages. No copy is kept in Next.js's own memory beside it (cacheMaxMemorySize: 0).
  //
  // globalNotFound: an address no route matches gets app/global-not-found.tsx, the translated 404
  // page in the HTML itself (readable without JavaScript), in the address's locale.
  //
  // proxyClientMaxBodySize: the proxy passes a material's upload (lib/materials/rules.ts CEILING_BYTES,
  // 60 MB, plus the form's other fields) whole to its route handler instead of cutting it at 10 MB.
  experimental: { isrFlushToDisk: false, globalNotFound: true, proxyClientMaxBodySize: "61mb" },
  cacheHandler: path.resolve("lib/cache/page-cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  // A shared cache (CDN) in front may serve a public page at most a minute past its revalidate
  // time while it fetches a fresh one (Next.js would allow a year).
  expireTime: 120,
  // `npm test` runs `npm run typecheck` (tsc over app, lib, tests and e2e) before it builds;
  // checking again inside `next build` would only double the time.
  typescript: { ignoreBuildErrors: true },
  // A delegate's schedule from their own cached copy: proxy.ts names the copy in a request header
  // it alone may set (lib/schedule/cached-view-route.ts).
  async rewrites() {
    return {
      beforeFiles: [
        {
          source: `/:locale(${locales.join("|")})/schedule`,
          has: [{ type: "header", key: CACHED_VIEW_HEADER, value: "(?<view>[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)" }],
          destination: "/:locale/schedule-view/:view",
        },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          { key: "Content-Security-Policy", value: ASSET_CONTENT_SECURITY_POLICY },
        ],
      },
      {
        // Listed after the rule for every path: the later value of the same header wins.
        source: "/:locale/organize/events/:eventId/check-in",
        headers: [{ key: "Permissions-Policy", value: CHECK_IN_PERMISSIONS_POLICY }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
