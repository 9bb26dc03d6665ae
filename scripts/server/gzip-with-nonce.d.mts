// Types for gzip-with-nonce.mjs (plain JavaScript so that Node runs it without a build step).
export type GzipWithNonce = { gzipped: Buffer; nonceAt: number[]; pieces: Buffer[]; nonceLength: number };

export function prepareGzipWithNonce(body: string | Uint8Array, template: string): GzipWithNonce | null;
export function gzipWithNonce(prepared: GzipWithNonce, nonce: string): Buffer;
