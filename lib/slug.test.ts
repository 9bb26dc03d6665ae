import { describe, expect, it } from "vitest";
import { slugify } from "@/lib/slug";

function expectSafe(slug: string) {
  expect(slug).toMatch(/^[a-z0-9-]+$/);
  expect(slug).not.toMatch(/^-|-$/);
  expect(slug).not.toContain("--");
  expect(slug.length).toBeGreaterThan(0);
  expect(slug.length).toBeLessThanOrEqual(60);
}

describe("slugify", () => {
  it("lower-cases Latin text and joins words with single dashes", () => {
    expect(slugify("Peace Bridge Round Table")).toBe("peace-bridge-round-table");
    expect(slugify("  Peace   Bridge -- 2026!  ")).toBe("peace-bridge-2026");
  });

  it("strips diacritics from Latin letters", () => {
    expect(slugify("Aygün Çelik Şahin")).toBe("aygun-celik-sahin");
    expect(slugify("Crème brûlée à Genève")).toBe("creme-brulee-a-geneve");
  });

  it("Azerbaijani Latin (ə has no decomposition) still gives a safe slug and keeps the plain letters", () => {
    const slug = slugify("Aygün Məmmədova");
    expectSafe(slug);
    expect(slug).toBe("aygun-m-mm-dova");
  });

  it("keeps digits", () => {
    expect(slugify("Round table 13–14 February 2026")).toBe("round-table-13-14-february-2026");
  });

  it('an all-Armenian-script string → "item"', () => {
    expect(slugify("Ծաղկաձոր")).toBe("item");
    expect(slugify("Խաղաղության կամուրջ")).toBe("item");
  });

  it('Cyrillic-only text and punctuation-only text → "item"', () => {
    expect(slugify("Круглый стол")).toBe("item");
    expect(slugify("—!?…")).toBe("item");
    expect(slugify("")).toBe("item");
  });

  it("mixed scripts keep only the Latin part, without stray dashes", () => {
    expect(slugify("Ծաղկաձոր Tsaghkadzor 2026")).toBe("tsaghkadzor-2026");
    expect(slugify("Round table Ծաղկաձոր")).toBe("round-table");
  });

  it("caps the slug at 60 characters", () => {
    const slug = slugify("a".repeat(100));
    expect(slug).toBe("a".repeat(60));
  });

  it("never ends with a dash when the cut falls on a separator", () => {
    // 59 letters, then a space at position 60: the cut leaves a trailing "-" that must be removed.
    const slug = slugify(`${"a".repeat(59)} bbbbbb`);
    expect(slug).toBe("a".repeat(59));
    expectSafe(slug);
  });

  it("leading separators do not count toward the 60 characters", () => {
    const slug = slugify(`   ${"b".repeat(60)}`);
    expect(slug).toBe("b".repeat(60));
  });

  it("always produces a safe slug for a range of inputs", () => {
    for (const text of [
      "Aygün Məmmədova",
      "İlham Əliyev",
      "Ashagy Eskipara / Voskepar",
      "Мир — Peace — Խաղաղություն",
      "ﬁnal ｆｕｌｌｗｉｄｔｈ",
      "x ".repeat(80),
      "Ünïcödé-Ström 2026",
    ]) {
      expectSafe(slugify(text));
    }
  });

  it("folds compatibility characters (ligatures, full-width) to ASCII", () => {
    expect(slugify("ﬁnal")).toBe("final");
    expect(slugify("ｆｕｌｌ")).toBe("full");
  });
});
