// Next.js's bundled copy of the `compression` middleware, which scripts/server.mjs installs (and
// tests/unit/precompressed.test.ts runs as the server does). It ships without types.
declare module "next/dist/compiled/compression/index.js" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  export default function compression(options?: {
    level?: number;
    threshold?: number | string;
  }): (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
}
