// The check-in screen's service worker (registered by that screen only, with that screen as its
// scope): an organizer at a border crossing or a venue door can open or reload the screen with no
// network. The page comes from the network when there is one (and is kept), else from what was
// kept; Next.js's static files (immutable, their names change with their content) from what was
// kept, else the network. Nothing else is touched: every other request goes out as usual.
const CACHE = "roundtable-check-in-v1";

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

// The mark the screen's HTML carries (lib/check-in/offline-screen.ts, OFFLINE_SCREEN_ATTRIBUTE).
const SCREEN_MARK = 'data-offline-screen="check-in"';

async function keep(request, response) {
  const cache = await caches.open(CACHE);
  // The screen is no longer this browser's to open (the session ended elsewhere, or access went):
  // the copy kept of it, with people's names, is forgotten too.
  const forget = () => cache.delete(request, { ignoreVary: true, ignoreSearch: true });
  if (response.ok && !response.redirected) {
    // Only the screen is kept. A page without its mark is one that sends the browser to sign-in
    // from its body (Next.js does that when the redirect comes after the page began to stream).
    const copy = response.clone();
    if ((await response.clone().text()).includes(SCREEN_MARK)) await cache.put(request, copy);
    else await forget();
  } else if (response.type === "opaqueredirect" || [401, 403, 404].includes(response.status)) {
    await forget();
  }
  // A server error (the database out of reach) keeps the copy: the screen may be opened from it.
  return response;
}

async function kept(request) {
  return (await caches.match(request, { ignoreVary: true })) ?? (await caches.match(request, { ignoreVary: true, ignoreSearch: true }));
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(
      fetch(request)
        .then((response) => keep(request, response))
        .catch(async () => (await kept(request)) ?? Response.error()),
    );
    return;
  }
  if (url.pathname.startsWith("/_next/static/")) {
    event.respondWith(kept(request).then((hit) => hit ?? fetch(request).then((response) => keep(request, response))));
  }
});
