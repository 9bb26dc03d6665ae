// Types for gzip-with-nonce.mjs (plain JavaScript so that Node runs it without a build step).
/** `bytes`: the page as given (the stand-in in it); `pieces` are parts of it. */
export type GzipWithNonce = { bytes: Buffer; gzipped: Buffer; nonceAt: number[]; pieces: Buffer[]; nonceLength: number };

export function prepareGzipWithNonce(body: string | Uint8Array, template: string): GzipWithNonce | null;
export function gzipWithNonce(prepared: GzipWithNonce, nonce: string): Buffer;
