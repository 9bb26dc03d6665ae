import { describe, expect, it } from "vitest";
import { openScheduleView, sealedUntil, sealScheduleView, scheduleViewStamp, type ScheduleViewClaim } from "./cached-view";

const SECRET = "a-test-secret-of-some-length-0123456789";
const NOW = new Date("2026-12-05T10:20:00Z");
const claim: ScheduleViewClaim = {
  userId: "7f1d5a52-0a3c-4a43-9d0e-0c6f8e3d1a01",
  personIds: ["1b7c2f1e-4d55-4a0e-8f3b-6f8a2b1c9d02", "0a7c2f1e-4d55-4a0e-8f3b-6f8a2b1c9d03"],
  day: "2026-12-06",
  stamp: scheduleViewStamp(["epoch", 4, [["m", 2, "2026-12-05"]]]),
  until: sealedUntil(NOW),
};

describe("sealed schedule views", () => {
  it("opens what it sealed, with the person records in one order", () => {
    const segment = sealScheduleView(claim, SECRET);
    expect(openScheduleView(segment, SECRET, NOW)).toEqual({ ...claim, personIds: [...claim.personIds].sort() });
    expect(sealScheduleView({ ...claim, personIds: [...claim.personIds].reverse() }, SECRET)).toBe(segment);
  });

  it("gives each state and day its own segment (its own cached copy)", () => {
    const segment = sealScheduleView(claim, SECRET);
    expect(sealScheduleView({ ...claim, stamp: scheduleViewStamp(["epoch", 5, [["m", 2, "2026-12-05"]]]) }, SECRET)).not.toBe(segment);
    expect(sealScheduleView({ ...claim, day: null }, SECRET)).not.toBe(segment);
  });

  it("refuses a segment sealed with another secret, or changed in any way", () => {
    const segment = sealScheduleView(claim, SECRET);
    expect(openScheduleView(segment, "another-secret", NOW)).toBeNull();
    const [payload = "", signature = ""] = segment.split(".");
    const otherPerson = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, "base64url").toString()), u: "00000000-0000-4000-8000-000000000000" }),
    ).toString("base64url");
    expect(openScheduleView(`${otherPerson}.${signature}`, SECRET, NOW)).toBeNull();
    expect(openScheduleView(`${payload}.${signature.slice(0, -2)}`, SECRET, NOW)).toBeNull();
    expect(openScheduleView(`${payload}`, SECRET, NOW)).toBeNull();
    expect(openScheduleView(`${segment}.x`, SECRET, NOW)).toBeNull();
    expect(openScheduleView("%E0%A4%A", SECRET, NOW)).toBeNull();
  });

  it("stops opening once its time is up: the end of the next full hour", () => {
    expect(claim.until * 1000).toBe(Date.parse("2026-12-05T12:00:00Z"));
    const segment = sealScheduleView(claim, SECRET);
    expect(openScheduleView(segment, SECRET, new Date("2026-12-05T11:59:59Z"))).not.toBeNull();
    expect(openScheduleView(segment, SECRET, new Date("2026-12-05T12:00:00Z"))).toBeNull();
  });
});
