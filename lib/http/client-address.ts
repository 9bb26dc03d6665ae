/**
 * The client's address, read only as far as the deployment's own proxies vouch for it.
 * `TRUSTED_PROXY_HOPS` says how many reverse proxies stand in front of this server, each
 * appending the address it saw to X-Forwarded-For: the client is then the entry that many
 * places from the right. Entries to its left were typed by the client and prove nothing. With no
 * trusted hop (the default) the address is unknown: Next.js keeps a client-sent header as it
 * is, so nothing in the request can be trusted, and per-address limits do not apply (the
 * per-account ones still do). Pure; unit-tested.
 */
export function trustedProxyHops(value = process.env.TRUSTED_PROXY_HOPS): number {
  const hops = Number(value ?? 0);
  return Number.isInteger(hops) && hops > 0 && hops < 10 ? hops : 0;
}

export function clientAddressFrom(headers: { get(name: string): string | null }, hops = trustedProxyHops()): string | null {
  if (hops === 0) return null;
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Next.js adds the socket's address only when the header is missing, so the last proxy's own
  // entry is the last one; the client is `hops` entries from the right.
  const address = chain[chain.length - hops];
  return address && /^[0-9a-fA-F.:[\]]{2,64}$/.test(address) ? address : null;
}
