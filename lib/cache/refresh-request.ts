import { REFRESH_HEADER, refreshSecret } from "./refresh-secret";

/** This server's own address; Next.js notes it when it starts listening. */
function ownOrigin(): string {
  return process.env.__NEXT_PRIVATE_ORIGIN || `http://127.0.0.1:${process.env.PORT || "3000"}`;
}

/**
 * Asks this server to refresh its cached public pages (Next.js refreshes only inside a request;
 * app/api/internal/refresh-public). With REDIS_URL the refresh reaches every server's cache.
 * False while the server is not listening yet, or shutting down: the caller tries again.
 */
export async function requestPublicRefresh(): Promise<boolean> {
  try {
    const response = await fetch(new URL("/api/internal/refresh-public", ownOrigin()), {
      method: "POST",
      headers: { [REFRESH_HEADER]: refreshSecret() },
      signal: AbortSignal.timeout(5_000),
    });
    return response.status === 204;
  } catch {
    return false;
  }
}
