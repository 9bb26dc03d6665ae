import { describe, expect, it } from "vitest";
import { changesInLanguage, diffReleases, releaseFor, type ReleasedItem } from "@/lib/agenda/changelog";
import { sameSnapshot, type ReleaseSnapshotItem } from "@/lib/agenda/release-snapshot";
import { translationsFromInput } from "./translation-form";
import { canonicalVersions, cleanTranslations, localizeFields, localizedText } from "./translations";

const languages = ["en", "hy", "az"];
const versions = { hy: { title: "Բացման նիստ", place: "" }, az: { title: "  " } };

describe("localizedText", () => {
  it("gives the reader's own version where one exists", () => {
    expect(localizedText("Opening session", versions, "title", "hy", languages)).toEqual({ text: "Բացման նիստ", lang: "hy", fallback: false });
  });

  it("gives the first language's text to a reader of the first language, unmarked", () => {
    expect(localizedText("Opening session", versions, "title", "en", languages)).toEqual({ text: "Opening session", lang: "en", fallback: false });
  });

  it("falls back to the first language, marked, when the reader's version is missing or blank", () => {
    expect(localizedText("Opening session", versions, "title", "az", languages)).toEqual({ text: "Opening session", lang: "en", fallback: true });
    expect(localizedText("Hall A", versions, "place", "hy", languages)).toEqual({ text: "Hall A", lang: "en", fallback: true });
  });

  it("falls back for a reader whose language the event does not work in, even if a stray version exists", () => {
    expect(localizedText("Opening session", { ru: { title: "Открытие" } }, "title", "ru", languages)).toEqual({
      text: "Opening session",
      lang: "en",
      fallback: true,
    });
  });

  it("has nothing to mark when there is no text at all", () => {
    expect(localizedText("", {}, "description", "hy", languages)).toEqual({ text: "", lang: "en", fallback: false });
  });

  it("treats a missing translations object as no versions", () => {
    expect(localizedText("Opening", undefined, "title", "hy", languages).fallback).toBe(true);
    expect(localizedText("Opening", null, "title", "hy", languages).fallback).toBe(true);
  });
});

describe("localizeFields", () => {
  it("replaces each field with the reader's version and names the fields shown in another language", () => {
    const item = { id: "1", title: "Opening session", place: "Hall A", description: "", translations: versions };
    const out = localizeFields(item, ["title", "place", "description"], "hy", languages);
    expect(out).toEqual({ id: "1", title: "Բացման նիստ", place: "Hall A", description: "", shownIn: { place: "en" } });
    expect(item.title).toBe("Opening session");
    expect("translations" in out).toBe(false);
  });
});

describe("cleanTranslations", () => {
  it("keeps only the event's other languages and the given fields, trimmed, without empties, in a fixed order", () => {
    const raw = { en: { title: "Source twice" }, hy: { title: " Բացում ", venue: "x" }, az: { title: "" }, ru: { title: "Открытие" } };
    expect(cleanTranslations(raw, ["title"], ["en", "hy", "az"])).toEqual({ hy: { title: "Բացում" } });
    expect(JSON.stringify(cleanTranslations({ hy: { title: "b" }, az: { title: "a" } }, ["title"], ["en", "hy", "az"]))).toBe(
      JSON.stringify({ az: { title: "a" }, hy: { title: "b" } }),
    );
  });
});

describe("translationsFromInput", () => {
  it("reads `field_language` form values for the event's other languages", () => {
    const input = { title: "Opening", title_hy: "Բացում", title_en: "ignored: the source", place_az: "Zal A", title_ru: "not a language of this event" };
    expect(translationsFromInput(input, ["title", "place"], ["en", "hy", "az"])).toEqual({ az: { place: "Zal A" }, hy: { title: "Բացում" } });
  });
});

function item(overrides: Partial<ReleaseSnapshotItem> = {}): ReleaseSnapshotItem {
  return {
    id: "00000000-0000-4000-8000-000000000001",
    kind: "thematic_session",
    title: "Opening session",
    description: "",
    place: "Hall A",
    startsAt: "2026-02-13T06:00:00.000Z",
    endsAt: "2026-02-13T07:00:00.000Z",
    visibility: "public",
    closedDoor: false,
    people: [],
    officialIds: [],
    ...overrides,
  };
}

describe("releases and translations", () => {
  it("a new or changed translation is a change of the agenda; blanks and key order are not", () => {
    expect(sameSnapshot([item()], [item({ translations: { hy: { title: "Բացում" } } })])).toBe(false);
    expect(sameSnapshot([item({ translations: { hy: { title: "Բացում" } } })], [item({ translations: { hy: { title: "Բացման նիստ" } } })])).toBe(false);
    expect(sameSnapshot([item()], [item({ translations: {} })])).toBe(true);
    expect(sameSnapshot([item()], [item({ translations: { hy: { title: " " } } })])).toBe(true);
    expect(canonicalVersions({ hy: { title: "a", place: "b" } })).toEqual(canonicalVersions({ hy: { place: "b", title: "a" } }));
  });

  it("lists a translation change as a change of that field", () => {
    const [change] = diffReleases([item()], [item({ translations: { hy: { place: "Դահլիճ Ա" } } })]);
    expect(change).toMatchObject({ type: "changed", fields: ["place"] });
  });

  it("in a reader's language, lists only what changed in that language, in that language", () => {
    const changes = diffReleases([item()], [item({ translations: { hy: { title: "Բացում" } } })]);
    expect(changesInLanguage(changes, "en", languages)).toEqual([]);
    const [forArmenian] = changesInLanguage(changes, "hy", languages) as Extract<ReturnType<typeof diffReleases>[number], { type: "changed" }>[];
    expect(forArmenian).toMatchObject({ fields: ["title"], item: { title: "Բացում" }, before: { title: "Opening session" } });
  });

  it("blanks a closed-door item's translations for the public, as its title", () => {
    const secret: ReleasedItem = item({ closedDoor: true, translations: { hy: { title: "Գաղտնի", description: "Մանրամասներ", place: "Սենյակ" } } });
    const [shown] = releaseFor([secret], "public");
    expect(shown).toMatchObject({ title: "", description: "", place: "" });
    expect(JSON.stringify(shown)).not.toMatch(/Գաղտնի|Մանրամասներ|Սենյակ/);
  });
});
