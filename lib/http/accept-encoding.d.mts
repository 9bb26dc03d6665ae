// Types for accept-encoding.mjs (plain JavaScript so that Node runs it without a build step).
export declare function acceptsGzip(header: string | null | undefined): boolean;
