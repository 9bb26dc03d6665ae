import "server-only";
import { headers } from "next/headers";
import { clientAddressFrom } from "./client-address";

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
 * The public origin for links in mail, feeds and the sitemap: the configured one only (APP_URL,
 * else AUTH_URL, else this server's local address), never a request header. Whoever asks for a
 * sign-in link for someone else must not choose the host it points at, and a cached feed must
 * not carry the host of the request that filled the cache. `npm start` refuses to run without
 * APP_URL; `npm run demo` sets it to the local address.
 */
export async function publicOrigin(): Promise<string> {
  return configuredOrigin();
}

/** The client's address as far as trusted proxies vouch for it (lib/http/client-address.ts), else null. */
export async function clientAddress(): Promise<string | null> {
  return clientAddressFrom(await headers());
}
