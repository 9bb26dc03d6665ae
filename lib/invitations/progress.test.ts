import { describe, expect, it } from "vitest";
import { invitationProgress, signInLinkState, type InvitationRecord } from "./progress";

const now = new Date("2026-02-10T12:00:00Z");
const sent = new Date("2026-02-09T08:00:00Z");
const base: InvitationRecord = {
  expiresAt: new Date("2026-02-23T08:00:00Z"),
  usedAt: null,
  revokedAt: null,
  openedAt: null,
  sendCount: 2,
  lastSentAt: sent,
};
const notRegistered = { registeredAt: null };

describe("invitationProgress", () => {
  it("no invitation: not sent", () => {
    expect(invitationProgress(null, notRegistered, now)).toEqual({ state: "notSent" });
  });

  it("a live link not yet shown: sent, when and how often", () => {
    expect(invitationProgress(base, notRegistered, now)).toEqual({ state: "sent", at: sent, count: 2 });
  });

  it("a live link whose page was shown: opened, when", () => {
    const opened = new Date("2026-02-09T09:30:00Z");
    expect(invitationProgress({ ...base, openedAt: opened }, notRegistered, now)).toEqual({ state: "opened", at: opened, sentAt: sent, count: 2 });
  });

  it("a used link of a registered person: accepted; of anyone else: declined", () => {
    const used = new Date("2026-02-09T10:00:00Z");
    const opened = new Date("2026-02-09T09:30:00Z");
    expect(invitationProgress({ ...base, openedAt: opened, usedAt: used }, { registeredAt: used }, now)).toEqual({ state: "accepted", at: used });
    expect(invitationProgress({ ...base, openedAt: opened, usedAt: used }, notRegistered, now)).toEqual({ state: "declined", at: used });
  });

  it("past its time, opened or not: expired on its expiry", () => {
    const expiresAt = new Date("2026-02-10T11:59:59Z");
    expect(invitationProgress({ ...base, expiresAt }, notRegistered, now)).toEqual({ state: "expired", at: expiresAt });
    expect(invitationProgress({ ...base, expiresAt, openedAt: sent }, notRegistered, now)).toEqual({ state: "expired", at: expiresAt });
    // Expiry is exact: at the moment itself the link no longer works.
    expect(invitationProgress({ ...base, expiresAt: now }, notRegistered, now).state).toBe("expired");
  });

  it("withdrawn wins over everything", () => {
    const revokedAt = new Date("2026-02-09T11:00:00Z");
    expect(invitationProgress({ ...base, revokedAt, openedAt: sent, expiresAt: sent }, notRegistered, now)).toEqual({ state: "revoked", at: revokedAt });
  });
});

describe("signInLinkState", () => {
  it("used, expired or still usable", () => {
    expect(signInLinkState({ expiresAt: new Date(now.getTime() + 60_000), usedAt: null }, now)).toBe("unused");
    expect(signInLinkState({ expiresAt: new Date(now.getTime() - 60_000), usedAt: null }, now)).toBe("expired");
    expect(signInLinkState({ expiresAt: new Date(now.getTime() - 60_000), usedAt: sent }, now)).toBe("used");
  });
});
