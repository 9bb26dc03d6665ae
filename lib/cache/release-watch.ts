import { getDb } from "@/db/client";
import { REFRESH_HEADER, refreshSecret } from "./refresh-secret";
import { nextCheckDelay, readReleaseTimes, releaseMoved } from "./release-times";

const WAKE = Symbol.for("roundtable.releaseWatchWake");
type Holder = { [WAKE]?: () => void };

/** This server's own address; Next.js notes it when it starts listening. */
function ownOrigin(): string {
  return process.env.__NEXT_PRIVATE_ORIGIN || `http://127.0.0.1:${process.env.PORT || "3000"}`;
}

async function askForRefresh(): Promise<boolean> {
  try {
    const response = await fetch(new URL("/api/internal/refresh-public", ownOrigin()), {
      method: "POST",
      headers: { [REFRESH_HEADER]: refreshSecret() },
      signal: AbortSignal.timeout(5_000),
    });
    return response.status === 204;
  } catch {
    return false; // not listening yet, or shutting down: retried shortly
  }
}

/**
 * Refreshes the cached public pages the moment an embargoed outcome becomes due (no request
 * happens then to do it), and whenever another process published. Sleeps until just after the
 * next embargo, looking at least every half minute; a failure is logged and the watch goes on.
 */
export function watchScheduledReleases(): void {
  let seen: number | null | undefined;
  let pending = false;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  const look = async () => {
    // One look at a time; a wake during a look makes it look once more straight after.
    if (running) {
      again = true;
      return;
    }
    running = true;
    clearTimeout(timer);
    let delay = 1_000;
    try {
      const times = await readReleaseTimes(await getDb());
      if (releaseMoved(seen, times)) pending = true;
      seen = times.lastReleased?.getTime() ?? null;
      if (pending) pending = !(await askForRefresh());
      delay = nextCheckDelay(times.nextScheduled, new Date(), pending);
    } catch (error) {
      console.error("Roundtable: could not check for scheduled outcomes; trying again shortly.", error);
    }
    running = false;
    if (again) {
      again = false;
      delay = 0;
    }
    timer = setTimeout(() => void look(), delay);
    timer.unref();
  };
  (globalThis as Holder)[WAKE] = () => void look();
  void look();
}

/** A publication was just scheduled in this process: look again now rather than at the next tick. */
export function wakeReleaseWatch(): void {
  (globalThis as Holder)[WAKE]?.();
}
