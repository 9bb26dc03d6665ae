// Types for nonce-swap.mjs (plain JavaScript so that Node runs it without a build step).
import type { ServerResponse } from "node:http";

export function createSwapper(template: string, replacement: string): { push(chunk: Buffer): Buffer; end(): Buffer; holding(): boolean };
export function swapNonceInResponse(res: ServerResponse, template: string, nonce: string, bodyIsCompressed?: () => boolean): void;
