import { createHmac, timingSafeEqual } from "node:crypto";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { parseCheckInCode } from "./rules";

// A delegate's personal check-in code: the event and their place in its delegation (two random
// ids, nothing personal), signed with the server's secret so that nobody can make one up for
// someone else. Shown as a QR on the delegate's own schedule.

function signature(eventId: string, memberId: string, secret: string): string {
  return createHmac("sha256", secret).update(`roundtable check-in\u0000${eventId.toLowerCase()}\u0000${memberId.toLowerCase()}`).digest("base64url");
}

export function signCheckInCode(eventId: string, memberId: string, secret: string = resolveAuthSecret()): string {
  return `rt1.${eventId.toLowerCase()}.${memberId.toLowerCase()}.${signature(eventId, memberId, secret)}`;
}

export type CodeCheck = { ok: true; memberId: string } | { ok: false; reason: "codeUnreadable" | "codeOtherEvent" | "codeForged" };

/** Whether a code is genuine and for this event; the member it names is checked by the caller. */
export function verifyCheckInCode(code: string, eventId: string, secret: string = resolveAuthSecret()): CodeCheck {
  const parsed = parseCheckInCode(code);
  if (!parsed) return { ok: false, reason: "codeUnreadable" };
  if (parsed.eventId !== eventId.toLowerCase()) return { ok: false, reason: "codeOtherEvent" };
  const expected = Buffer.from(signature(parsed.eventId, parsed.memberId, secret));
  const given = Buffer.from(parsed.signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "codeForged" };
  return { ok: true, memberId: parsed.memberId };
}
