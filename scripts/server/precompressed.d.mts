// Types for precompressed.mjs (plain JavaScript so that Node runs it without a build step).
import type { ServerResponse } from "node:http";

export const PRECOMPRESSED_HEADER: string;
export function restorePrecompressed(res: ServerResponse, onPrecompressed: () => void): void;
