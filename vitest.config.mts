import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; tests import server modules directly.
      "server-only": path.resolve(import.meta.dirname, "tests/helpers/empty-module.ts"),
    },
  },
  test: {
    environment: "node",
    include: [
      "lib/**/*.test.ts",
      "db/**/*.test.ts",
      "scripts/**/*.test.{ts,mjs}",
      "tests/**/*.test.ts",
      "app/**/*.test.ts",
      "app/**/*.test.tsx",
      "components/**/*.test.ts",
      "i18n/**/*.test.ts",
    ],
    exclude: ["e2e/**", "node_modules/**"],
    // next-auth imports "next/server" without an extension, which Node's ESM loader cannot resolve;
    // processed by Vitest instead, it runs as Next.js runs it (tests/integration/secure-cookies.test.ts).
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file gets its own database; keep parallelism modest on 2 cores.
    maxWorkers: 2,
    // next-auth and next-intl's middleware import `next/server` without an extension, which Node's
    // ESM loader cannot resolve; bundled by Vite instead, their real handlers run in tests
    // (tests/integration/malformed-routes, i18n/locale-detection).
    server: { deps: { inline: ["next-auth", "next-intl"] } },
  },
});
