// Types for public-page-copies.mjs (plain JavaScript so that Node runs it without a build step).
import type { IncomingMessage, ServerResponse } from "node:http";

export const SERVED_FROM_COPY_HEADER: string;

export type PublicPageCopies = {
  serve(req: IncomingMessage, res: ServerResponse, swap: { nonce: string }): false | Promise<boolean>;
  capture(req: IncomingMessage, res: ServerResponse, swap: { nonce: string; template: string }, run: () => unknown): unknown;
  size(): number;
};

export function createPublicPageCopies(options: {
  locales: readonly string[];
  limits?: Partial<{ copies: number; bodyBytes: number; cookieAnswers: number; acceptLanguageLength: number; acceptEncodingLength: number }>;
}): PublicPageCopies;
