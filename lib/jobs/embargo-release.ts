import { createHash } from "node:crypto";

/**
 * Refreshes the cached public pages when an embargoed outcome becomes due (no request happens
 * then to do it). Failing while the server is not listening yet, it is retried each second.
 */
export function embargoReleaseHandler(refresh: () => Promise<boolean>) {
  return async (): Promise<void> => {
    if (!(await refresh())) throw new Error("the server could not refresh its public pages yet");
  };
}

/**
 * The job of one embargo end, the same id on every server: scheduling it again (another server
 * at start, a second publication at the same minute) adds nothing, so the refresh runs once.
 */
export function releaseJobId(at: Date): string {
  const hex = createHash("sha256").update(`embargo-release:${at.toISOString()}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
