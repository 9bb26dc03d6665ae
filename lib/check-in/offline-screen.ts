// Keeps the check-in screen for opening without a network (public/check-in-sw.js serves it then).
// Runs in the browser, on the screen itself: registers the worker for this screen's address only,
// and on the first load keeps the page as it is now with every static file it loaded (the worker
// controls the page only from its next load; from then on it keeps what it serves).

/** The cache public/check-in-sw.js reads. */
export const CHECK_IN_CACHE = "roundtable-check-in-v1";

/**
 * The attribute the screen's HTML carries (`data-offline-screen="check-in"`): public/check-in-sw.js
 * keeps a page only when it is the screen. A page that sends the browser to sign-in in its body
 * (Next.js does so when the redirect comes after the page began to stream) is not.
 */
export const OFFLINE_SCREEN_ATTRIBUTE = "data-offline-screen";

/** localStorage keys of the rosters the check-in screen keeps (names of people) for opening offline. */
export const CHECK_IN_LIST_PREFIX = "roundtable:check-in:list:";

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
    // Read before registering: a first registration claims this page soon after, but did not serve it.
    const servedByWorker = navigator.serviceWorker.controller !== null;
    await navigator.serviceWorker.register("/check-in-sw.js", { scope: location.pathname });
    // A load the worker served: it kept the page and its files on the way (asking again would
    // render the screen a second time, and could keep it after a sign-out that came meanwhile).
    if (servedByWorker) return true;
    const cache = await caches.open(CHECK_IN_CACHE);
    await cache.addAll(staticFilesOfThisPage());
    await cache.add(new Request(location.href, { credentials: "same-origin" }));
    return true;
  } catch {
    // Offline opening is a bonus: the open screen works without it.
    return false;
  }
}

/**
 * What this browser kept of check-in screens, forgotten at sign-out: the kept pages, their worker
 * and the rosters, all with people's names, must not open for whoever uses the phone or laptop
 * next (a shared desk at a border crossing). Check-ins still waiting to sync stay (ids and times
 * only): they go out at the next sign-in. Best effort: the sign-out goes ahead whatever fails here.
 */
export async function forgetCheckInCopies(): Promise<void> {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(CHECK_IN_LIST_PREFIX)) localStorage.removeItem(key);
  } catch {
    // Storage disabled: nothing was kept there.
  }
  try {
    if ("caches" in window) await caches.delete(CHECK_IN_CACHE);
    if ("serviceWorker" in navigator) {
      const registrations = await navigator.serviceWorker.getRegistrations();
      const checkIn = registrations.filter((registration) =>
        [registration.active, registration.waiting, registration.installing].some((worker) => worker?.scriptURL.endsWith("/check-in-sw.js")),
      );
      await Promise.all(checkIn.map((registration) => registration.unregister()));
    }
  } catch {
    // A browser without these (or refusing them) kept nothing with them either.
  }
}
