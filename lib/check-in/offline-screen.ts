// Keeps the check-in screen for opening without a network (public/check-in-sw.js serves it then).
// Runs in the browser, on the screen itself: registers the worker for this screen's address only,
// and keeps the page as it is now with every static file it loaded (the worker controls the page
// only from its next load, so on this first one the page keeps its own files).

/** The cache public/check-in-sw.js reads. */
export const CHECK_IN_CACHE = "roundtable-check-in-v1";

/** Same-origin files under /_next/static this page loaded: scripts, styles, fonts. */
function staticFilesOfThisPage(): string[] {
  const loaded = [
    ...performance.getEntriesByType("resource").map((entry) => entry.name),
    ...[...document.querySelectorAll<HTMLScriptElement>("script[src]")].map((script) => script.src),
    ...[...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => link.href),
  ];
  return [
    ...new Set(
      loaded.filter((address) => {
        const url = new URL(address, location.href);
        return url.origin === location.origin && url.pathname.startsWith("/_next/static/");
      }),
    ),
  ];
}

/** Registers the worker and keeps this page and its files; false where the browser cannot (or plain http off localhost). */
export async function keepScreenForOffline(): Promise<boolean> {
  if (!("serviceWorker" in navigator) || !("caches" in window)) return false;
  try {
    await navigator.serviceWorker.register("/check-in-sw.js", { scope: location.pathname });
    const cache = await caches.open(CHECK_IN_CACHE);
    await cache.addAll(staticFilesOfThisPage());
    await cache.add(new Request(location.href, { credentials: "same-origin" }));
    return true;
  } catch {
    // Offline opening is a bonus: the open screen works without it.
    return false;
  }
}
