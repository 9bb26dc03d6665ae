import { describe, expect, it } from "vitest";
import { travelDocumentsExpireAt, travelDocumentsExpired, travelDocumentsKeptThrough } from "./rules";

const yerevan = { lastDay: "2026-02-14", timeZone: "Asia/Yerevan" }; // GMT+4, no DST

describe("travelDocumentsExpireAt", () => {
  it("is the end of the last day in the event's zone when the retention is 0", () => {
    expect(travelDocumentsExpireAt({ ...yerevan, travelDocumentRetentionDays: 0 })).toEqual(new Date("2026-02-14T20:00:00Z"));
  });

  it("adds whole days of retention after the last day", () => {
    expect(travelDocumentsExpireAt({ ...yerevan, travelDocumentRetentionDays: 30 })).toEqual(new Date("2026-03-16T20:00:00Z"));
  });

  it("counts days on the event's wall clock across a DST change", () => {
    // Europe/Berlin moves to summer time on 29 March 2026: local midnight of 30 March is 22:00 UTC.
    expect(travelDocumentsExpireAt({ lastDay: "2026-03-27", timeZone: "Europe/Berlin", travelDocumentRetentionDays: 2 })).toEqual(
      new Date("2026-03-29T22:00:00Z"),
    );
  });
});

describe("travelDocumentsExpired", () => {
  const event = { ...yerevan, travelDocumentRetentionDays: 0 };
  it("is false one millisecond before the boundary and true at it", () => {
    expect(travelDocumentsExpired(event, new Date("2026-02-14T19:59:59.999Z"))).toBe(false);
    expect(travelDocumentsExpired(event, new Date("2026-02-14T20:00:00Z"))).toBe(true);
  });
});

describe("travelDocumentsKeptThrough", () => {
  it("is the last day itself with no retention, and N calendar days later otherwise", () => {
    expect(travelDocumentsKeptThrough({ lastDay: "2026-02-14", travelDocumentRetentionDays: 0 })).toBe("2026-02-14");
    expect(travelDocumentsKeptThrough({ lastDay: "2026-02-14", travelDocumentRetentionDays: 30 })).toBe("2026-03-16");
    expect(travelDocumentsKeptThrough({ lastDay: "2026-12-31", travelDocumentRetentionDays: 365 })).toBe("2027-12-31");
  });
});
