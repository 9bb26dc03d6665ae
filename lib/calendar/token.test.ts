import { describe, expect, it } from "vitest";
import { hashFeedToken, isWellFormedFeedToken, newFeedToken } from "./token";

describe("calendar feed tokens", () => {
  it("are 43 base64url characters (256 bits), different every time, stored as a SHA-256 hash with a 6-character hint", () => {
    const a = newFeedToken();
    const b = newFeedToken();
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).toBe(hashFeedToken(a.token));
    expect(a.hash).not.toContain(a.token);
    expect(a.hint).toBe(a.token.slice(0, 6));
  });

  it("refuses anything not shaped like a token before any lookup", () => {
    expect(isWellFormedFeedToken(newFeedToken().token)).toBe(true);
    for (const bad of ["", "short", "a".repeat(42), "a".repeat(44), `${"a".repeat(42)}=`, `${"a".repeat(42)}/`, `${"a".repeat(42)}.`, "../../etc/passwd"]) {
      expect(isWellFormedFeedToken(bad), bad).toBe(false);
    }
  });
});
