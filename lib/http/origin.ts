import "server-only";
import { headers } from "next/headers";

/**
 * The public origin without looking at the request, for what a cached page carries (link
 * previews): APP_URL or AUTH_URL when set, else this server's own local address.
 */
export function configuredOrigin(): string {
  const configured = process.env.APP_URL?.trim() || process.env.AUTH_URL?.trim();
  if (configured) return new URL(configured).origin;
  return `http://localhost:${process.env.PORT?.trim() || "3000"}`;
}

/**
 * The public origin for links in emails: APP_URL when set (behind a proxy, in production), else
 * the origin this request came to, which is right for the demo and local use.
 */
export async function publicOrigin(): Promise<string> {
  if (process.env.APP_URL?.trim() || process.env.AUTH_URL?.trim()) return configuredOrigin();
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

/**
 * The client's address as seen by this server: the first X-Forwarded-For hop when behind a proxy
 * that sets it (AUTH_TRUST_HOST deployments), else X-Real-IP, else "unknown" (one shared bucket).
 */
export async function clientAddress(): Promise<string> {
  const h = await headers();
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || h.get("x-real-ip")?.trim() || "unknown";
}
