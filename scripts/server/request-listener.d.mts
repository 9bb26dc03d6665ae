// Types for request-listener.mjs (plain JavaScript so that Node runs it without a build step).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { GzipOnce } from "./gzip-once.mjs";
import type { PublicPageCopies } from "./public-page-copies.mjs";

export function createRequestListener(
  handle: (req: IncomingMessage, res: ServerResponse) => unknown,
  layers: {
    compress: (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
    template: string;
    nonceOf: () => string;
    pageCopies: PublicPageCopies;
    gzipOnce?: GzipOnce;
  },
): (req: IncomingMessage, res: ServerResponse) => unknown;
