import { describe, expect, it } from "vitest";
import type { Audience } from "@/lib/agenda/rules";
import { consentsVisibleTo, isNameVisible, LISTED_STATUSES, type ListingConsent } from "@/lib/delegations/consent";
import { STATUSES } from "@/lib/delegations/schema";

const AUDIENCES: Audience[] = ["public", "delegate", "organizer"];
const CONSENTS: ListingConsent[] = ["public", "delegates", "none"];

// consent → audience → may the audience see the name?
const MATRIX: Record<ListingConsent, Record<Audience, boolean>> = {
  public: { public: true, delegate: true, organizer: true },
  delegates: { public: false, delegate: true, organizer: true },
  none: { public: false, delegate: false, organizer: true },
};

describe("isNameVisible", () => {
  for (const consent of CONSENTS) {
    for (const audience of AUDIENCES) {
      const want = MATRIX[consent][audience];
      it(`consent "${consent}" → ${audience} ${want ? "sees" : "does not see"} the name`, () => {
        expect(isNameVisible(consent, audience)).toBe(want);
      });
    }
  }
});

describe("consentsVisibleTo", () => {
  for (const audience of AUDIENCES) {
    it(`lists exactly the consents whose names ${audience} may see`, () => {
      const want = CONSENTS.filter((c) => MATRIX[c][audience]);
      expect([...consentsVisibleTo(audience)].sort()).toEqual([...want].sort());
    });
  }

  it("the public only ever sees names with public consent", () => {
    expect(consentsVisibleTo("public")).toEqual(["public"]);
  });

  it('"none" is only for organizers', () => {
    expect(consentsVisibleTo("public")).not.toContain("none");
    expect(consentsVisibleTo("delegate")).not.toContain("none");
    expect(consentsVisibleTo("organizer")).toContain("none");
  });

  it("agrees with isNameVisible for every combination", () => {
    for (const audience of AUDIENCES) {
      for (const consent of CONSENTS) {
        expect(consentsVisibleTo(audience).includes(consent)).toBe(isNameVisible(consent, audience));
      }
    }
  });
});

describe("LISTED_STATUSES", () => {
  it("lists only people who are coming: registered and confirmed", () => {
    expect([...LISTED_STATUSES].sort()).toEqual(["confirmed", "registered"]);
  });

  it("excludes invited, declined and withdrawn", () => {
    const listed: readonly string[] = LISTED_STATUSES;
    expect(listed).not.toContain("invited");
    expect(listed).not.toContain("declined");
    expect(listed).not.toContain("withdrawn");
  });

  it("only contains real registration statuses", () => {
    for (const status of LISTED_STATUSES) expect(STATUSES).toContain(status);
  });
});
