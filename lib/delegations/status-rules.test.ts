import { describe, expect, it } from "vitest";
import { statusChangeNeedsReason } from "./status-rules";

describe("statusChangeNeedsReason", () => {
  it("needs no reason for the ordinary way forward", () => {
    expect(statusChangeNeedsReason("invited", "registered")).toBe(false);
    expect(statusChangeNeedsReason("registered", "confirmed")).toBe(false);
    expect(statusChangeNeedsReason("invited", "confirmed")).toBe(false);
  });

  it("needs a reason to decline or withdraw someone, or to take them back a step", () => {
    expect(statusChangeNeedsReason("registered", "declined")).toBe(true);
    expect(statusChangeNeedsReason("confirmed", "withdrawn")).toBe(true);
    expect(statusChangeNeedsReason("confirmed", "registered")).toBe(true);
    expect(statusChangeNeedsReason("declined", "invited")).toBe(true);
    expect(statusChangeNeedsReason("withdrawn", "confirmed")).toBe(true);
  });
});
