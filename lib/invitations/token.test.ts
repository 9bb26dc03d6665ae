import { describe, expect, it } from "vitest";
import { hashInvitationToken, invitationExpiry, invitationState, isWellFormedToken, newInvitationToken, redactTokens } from "./token";

describe("invitation tokens", () => {
  it("are 256-bit base64url strings, different every time, stored only as a hash", () => {
    const tokens = Array.from({ length: 200 }, () => newInvitationToken());
    expect(new Set(tokens.map((t) => t.token)).size).toBe(200);
    for (const { token, hash, hint } of tokens) {
      expect(isWellFormedToken(token)).toBe(true);
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
      expect(hash).not.toContain(token);
      expect(hashInvitationToken(token)).toBe(hash);
      expect(token.startsWith(hint)).toBe(true);
      expect(hint).toHaveLength(6);
    }
  });

  it("refuses anything not shaped like a token before a lookup", () => {
    expect(isWellFormedToken("")).toBe(false);
    expect(isWellFormedToken("abc")).toBe(false);
    expect(isWellFormedToken(`${"a".repeat(42)}=`)).toBe(false);
    expect(isWellFormedToken("' OR 1=1 --".padEnd(43, "x"))).toBe(false);
  });

  it("redacts every token in a text to its hint", () => {
    const { token } = newInvitationToken();
    const text = `Open https://example.org/en/invitation/${token} today.\nAgain: ${token}`;
    const redacted = redactTokens(text);
    expect(redacted).not.toContain(token);
    expect(redacted).toContain(`/invitation/${token.slice(0, 6)}…`);
    expect(redactTokens("no tokens here, just words")).toBe("no tokens here, just words");
  });

  it("tells valid, expired, used and revoked apart, revoked and used winning over expiry", () => {
    const now = new Date("2026-02-01T10:00:00Z");
    const expiresAt = invitationExpiry(now);
    expect(expiresAt.toISOString()).toBe("2026-02-15T10:00:00.000Z");
    expect(invitationState({ expiresAt, usedAt: null, revokedAt: null }, now)).toBe("valid");
    expect(invitationState({ expiresAt, usedAt: null, revokedAt: null }, expiresAt)).toBe("expired");
    expect(invitationState({ expiresAt: now, usedAt: now, revokedAt: null }, expiresAt)).toBe("used");
    expect(invitationState({ expiresAt, usedAt: null, revokedAt: now }, now)).toBe("revoked");
  });
});
