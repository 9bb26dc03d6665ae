import { describe, expect, it } from "vitest";
import { canonicalDraft, EMPTY_DRAFT, recordDraftInput, sameDraft, type RecordDraft } from "./draft";
import { differingTexts, mergeDrafts } from "./merge";

const K1 = "00000000-0000-4000-8000-000000000001";
const K2 = "00000000-0000-4000-8000-000000000002";
const K3 = "00000000-0000-4000-8000-000000000003";
const P1 = "10000000-0000-4000-8000-000000000001";
const P2 = "10000000-0000-4000-8000-000000000002";

const draft = (overrides: Partial<RecordDraft>): RecordDraft => ({ ...EMPTY_DRAFT, ...overrides });

describe("differingTexts", () => {
  it("names the text fields where the versions differ", () => {
    expect(differingTexts(draft({ summary: "a", topics: "t" }), draft({ summary: "b", topics: "t" }))).toEqual(["summary"]);
    expect(differingTexts(draft({}), draft({}))).toEqual([]);
  });
});

describe("mergeDrafts", () => {
  const mine = draft({
    summary: "My summary",
    keyPoints: "- mine",
    attendance: [P1],
    recommendations: [
      { key: K1, theme: "security", text: "Mine" },
      { key: K2, theme: "borders", text: "" },
    ],
  });
  const theirs = draft({
    summary: "Their summary",
    keyPoints: "- theirs",
    attendance: [P2],
    notForPublication: true,
    recommendations: [
      { key: K2, theme: "borders", text: "Their text for an empty one" },
      { key: K3, theme: "economy", text: "Theirs only" },
    ],
  });

  it("keeps my texts by default, and takes ticks and recommendations from both", () => {
    const merged = mergeDrafts(mine, theirs);
    expect(merged.summary).toBe("My summary");
    expect(merged.keyPoints).toBe("- mine");
    expect(merged.attendance).toEqual([P1, P2]);
    expect(merged.recommendations).toEqual([
      { key: K1, theme: "security", text: "Mine" },
      { key: K2, theme: "borders", text: "Their text for an empty one" },
      { key: K3, theme: "economy", text: "Theirs only" },
    ]);
    expect(merged.notForPublication).toBe(true);
  });

  it("takes theirs, or both one after the other, where the writer chose so", () => {
    const merged = mergeDrafts(mine, theirs, { summary: "theirs", keyPoints: "both" });
    expect(merged.summary).toBe("Their summary");
    expect(merged.keyPoints).toBe("- mine\n\n- theirs");
  });

  it("never doubles a text when one side is empty", () => {
    expect(mergeDrafts(draft({ topics: "" }), draft({ topics: "Water" }), { topics: "both" }).topics).toBe("Water");
    expect(mergeDrafts(draft({ topics: "Water" }), draft({ topics: " " }), { topics: "both" }).topics).toBe("Water");
  });

  it("keeps my wording of a recommendation both versions have", () => {
    const merged = mergeDrafts(
      draft({ recommendations: [{ key: K1, theme: "security", text: "Mine" }] }),
      draft({ recommendations: [{ key: K1, theme: "transport", text: "Theirs" }] }),
    );
    expect(merged.recommendations).toEqual([{ key: K1, theme: "security", text: "Mine" }]);
  });

  it("keeps every language's version of a recommendation both have: mine where I wrote one, theirs where I left it empty", () => {
    const merged = mergeDrafts(
      draft({ recommendations: [{ key: K1, theme: "security", text: "Mine", translations: { ru: { text: "Моя" }, hy: { text: " " } } }] }),
      draft({
        recommendations: [
          { key: K1, theme: "security", text: "Theirs", translations: { ru: { text: "Их" }, hy: { text: "Նրանցը" }, az: { text: "Onlarınkı" } } },
        ],
      }),
    );
    expect(merged.recommendations).toEqual([
      { key: K1, theme: "security", text: "Mine", translations: { az: { text: "Onlarınkı" }, hy: { text: "Նրանցը" }, ru: { text: "Моя" } } },
    ]);
  });

  it("takes their versions with their wording when my recommendation is still empty", () => {
    const merged = mergeDrafts(
      draft({ recommendations: [{ key: K1, theme: "security", text: "" }] }),
      draft({ recommendations: [{ key: K1, theme: "security", text: "Theirs", translations: { ru: { text: "Их" } } }] }),
    );
    expect(merged.recommendations).toEqual([{ key: K1, theme: "security", text: "Theirs", translations: { ru: { text: "Их" } } }]);
  });
});

describe("a recommendation's versions in the draft", () => {
  it("are compared in one spelling: languages in order, empty versions the same as none", () => {
    const a = draft({ recommendations: [{ key: K1, theme: "security", text: "A", translations: { ru: { text: "А" }, hy: { text: "" } } }] });
    const b = draft({ recommendations: [{ key: K1, theme: "security", text: "A", translations: { ru: { text: "А" } } }] });
    expect(sameDraft(a, b)).toBe(true);
    expect(sameDraft(a, draft({ recommendations: [{ key: K1, theme: "security", text: "A" }] }))).toBe(false);
    expect(
      canonicalDraft(draft({ recommendations: [{ key: K1, theme: "security", text: "A", translations: { hy: { text: "  " } } }] })).recommendations,
    ).toEqual([{ key: K1, theme: "security", text: "A" }]);
  });

  it("are refused in a language that is not a working language, and read as none from a draft saved before versions existed", () => {
    const base = { ...EMPTY_DRAFT, recommendations: [{ key: K1, theme: "security", text: "A", translations: { fr: { text: "Un" } } }] };
    expect(recordDraftInput.safeParse(base).success).toBe(false);
    expect(
      recordDraftInput.safeParse({ ...base, recommendations: [{ key: K1, theme: "security", text: "A", translations: { hy: { text: "\u0000" } } }] }).success,
    ).toBe(false);
    const old = recordDraftInput.parse({ ...base, recommendations: [{ key: K1, theme: "security", text: "A" }] });
    expect(canonicalDraft(old).recommendations).toEqual([{ key: K1, theme: "security", text: "A" }]);
  });
});
