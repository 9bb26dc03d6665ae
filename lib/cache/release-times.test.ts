import { describe, expect, it } from "vitest";
import { CHECK_EVERY_MS, RETRY_MS, nextCheckDelay, releaseMoved } from "./release-times";

const now = new Date("2027-03-19T12:00:00Z");
const at = (ms: number) => new Date(now.getTime() + ms);

describe("when the release watcher looks again", () => {
  it("looks every half minute with nothing scheduled, or a publication far off", () => {
    expect(nextCheckDelay(null, now, false)).toBe(CHECK_EVERY_MS);
    expect(nextCheckDelay(at(3_600_000), now, false)).toBe(CHECK_EVERY_MS);
  });

  it("wakes just after an embargo that ends sooner", () => {
    expect(nextCheckDelay(at(5_000), now, false)).toBe(5_250);
    expect(nextCheckDelay(at(0), now, false)).toBe(250);
  });

  it("never waits a negative time for an embargo the database has not caught up with", () => {
    expect(nextCheckDelay(at(-2_000), now, false)).toBe(250);
  });

  it("retries a refresh it could not ask for within a second", () => {
    expect(nextCheckDelay(null, now, true)).toBe(RETRY_MS);
    expect(nextCheckDelay(at(200), now, true)).toBe(450);
  });
});

describe("whether cached pages must be refreshed", () => {
  const published = { lastReleased: at(-60_000), nextScheduled: null };

  it("not on the first look: the cache starts empty", () => {
    expect(releaseMoved(undefined, published)).toBe(false);
  });

  it("when the newest public publication moved: an embargo passed, or another process published", () => {
    expect(releaseMoved(null, published)).toBe(true);
    expect(releaseMoved(at(-120_000).getTime(), published)).toBe(true);
  });

  it("not while nothing new became public (a cancelled schedule changes nothing public)", () => {
    expect(releaseMoved(at(-60_000).getTime(), { ...published, nextScheduled: at(10_000) })).toBe(false);
    expect(releaseMoved(null, { lastReleased: null, nextScheduled: at(10_000) })).toBe(false);
  });
});
