import { describe, expect, it } from "vitest";
import { mergedOfficialIds, mergedTranslations, officialFingerprint } from "./rules";

const A = "00000000-0000-4000-8000-00000000000a";
const B = "00000000-0000-4000-8000-00000000000b";
const C = "00000000-0000-4000-8000-00000000000c";
const D = "00000000-0000-4000-8000-00000000000d";

describe("officialFingerprint", () => {
  const base = {
    name: "Anna Petrosyan",
    position: "Deputy Minister",
    institution: "Ministry",
    partyId: null,
    translations: { ru: { position: "Замминистра" } },
  };

  it("is the same for the same values, whatever the order of the versions", () => {
    const reordered = { ...base, translations: { hy: { position: "Փոխնախարար" }, ru: { position: "Замминистра" } } };
    const other = { ...base, translations: { ru: { position: "Замминистра" }, hy: { position: "Փոխնախարար" } } };
    expect(officialFingerprint(reordered)).toBe(officialFingerprint(other));
    expect(officialFingerprint(base)).toBe(officialFingerprint({ ...base, partyId: null, translations: { ru: { position: " Замминистра " } } }));
  });

  it("changes when any field or version changes", () => {
    const seen = officialFingerprint(base);
    expect(officialFingerprint({ ...base, name: "Anna Petrosian" })).not.toBe(seen);
    expect(officialFingerprint({ ...base, position: "Minister" })).not.toBe(seen);
    expect(officialFingerprint({ ...base, institution: "Parliament" })).not.toBe(seen);
    expect(officialFingerprint({ ...base, partyId: A })).not.toBe(seen);
    expect(officialFingerprint({ ...base, translations: { ru: { position: "Министр" } } })).not.toBe(seen);
    expect(officialFingerprint({ ...base, translations: {} })).not.toBe(seen);
  });
});

describe("mergedOfficialIds", () => {
  it("replaces the merged ids by the kept one, once, sorted", () => {
    expect(mergedOfficialIds([B, D], A, [B, C])).toEqual([A, D]);
    expect(mergedOfficialIds([D, C], A, [B, C])).toEqual([A, D]);
  });

  it("keeps one link where the list named the kept one and a duplicate", () => {
    expect(mergedOfficialIds([A, B], A, [B])).toEqual([A]);
    expect(mergedOfficialIds([A, B, C], A, [B, C])).toEqual([A]);
  });

  it("says there is nothing to rewrite when no merged id is named", () => {
    expect(mergedOfficialIds([A, D], A, [B, C])).toBeNull();
    expect(mergedOfficialIds([], A, [B])).toBeNull();
  });
});

describe("mergedTranslations", () => {
  it("keeps the kept official's versions and fills the languages only a duplicate had", () => {
    expect(
      mergedTranslations({ ru: { position: "Министр" } }, [
        { ru: { position: "Замминистра" }, hy: { position: "Նախարար" } },
        { az: { position: "Nazir" }, hy: { position: "Other" } },
      ]),
    ).toEqual({ ru: { position: "Министр" }, hy: { position: "Նախարար" }, az: { position: "Nazir" } });
  });

  it("ignores empty versions", () => {
    expect(mergedTranslations({ ru: { position: " " } }, [{ ru: { position: "Министр" } }])).toEqual({ ru: { position: "Министр" } });
    expect(mergedTranslations(null, [{ hy: { position: "" } }])).toEqual({});
  });
});
