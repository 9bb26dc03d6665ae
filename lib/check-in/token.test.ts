import { describe, expect, it } from "vitest";
import { signCheckInCode, verifyCheckInCode } from "./token";

const SECRET = "test-secret-for-check-in-codes-0123456789";
const EVENT = "0b9f3f8e-1c2d-4e5f-8a9b-0c1d2e3f4a5b";
const OTHER_EVENT = "1c0e4a9f-2d3e-4f5a-9bac-1d2e3f4a5b6c";
const MEMBER = "2d1f5b0a-3e4f-4a5b-8cbd-2e3f4a5b6c7d";

describe("personal check-in codes", () => {
  it("verify for the event and member they were signed for", () => {
    const code = signCheckInCode(EVENT, MEMBER, SECRET);
    expect(verifyCheckInCode(code, EVENT, SECRET)).toEqual({ ok: true, memberId: MEMBER });
    expect(verifyCheckInCode(` ${code}\n`, EVENT.toUpperCase(), SECRET)).toEqual({ ok: true, memberId: MEMBER });
  });

  it("carry nothing but the two ids and a signature", () => {
    const code = signCheckInCode(EVENT, MEMBER, SECRET);
    expect(code).toMatch(new RegExp(`^rt1\\.${EVENT}\\.${MEMBER}\\.[A-Za-z0-9_-]{43}$`));
  });

  it("are refused at another event", () => {
    const code = signCheckInCode(OTHER_EVENT, MEMBER, SECRET);
    expect(verifyCheckInCode(code, EVENT, SECRET)).toEqual({ ok: false, reason: "codeOtherEvent" });
  });

  it("are refused when forged: another member's id under a real signature, or another secret", () => {
    const real = signCheckInCode(EVENT, MEMBER, SECRET);
    const swapped = real.replace(MEMBER, OTHER_EVENT);
    expect(verifyCheckInCode(swapped, EVENT, SECRET)).toEqual({ ok: false, reason: "codeForged" });
    expect(verifyCheckInCode(signCheckInCode(EVENT, MEMBER, "another-secret"), EVENT, SECRET)).toEqual({ ok: false, reason: "codeForged" });
    expect(verifyCheckInCode(real.slice(0, -1), EVENT, SECRET)).toEqual({ ok: false, reason: "codeForged" });
  });

  it("are refused when unreadable", () => {
    expect(verifyCheckInCode("hello", EVENT, SECRET)).toEqual({ ok: false, reason: "codeUnreadable" });
  });
});
