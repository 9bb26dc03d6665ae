// Types for gzip-once.mjs (plain JavaScript so that Node runs it without a build step).
import type { IncomingMessage, ServerResponse } from "node:http";

export type GzipOnce = {
  install(req: IncomingMessage, res: ServerResponse, swap: { nonce: string; template: string }): void;
  size(): number;
};

export function createGzipOnce(limits?: Partial<{ contents: number; bytes: number; smallestBytes: number; largestBytes: number }>): GzipOnce;

export function sendGzipped(res: ServerResponse, body: Buffer, done?: () => void): void;
