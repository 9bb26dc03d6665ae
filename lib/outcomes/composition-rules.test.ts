import { describe, expect, it } from "vitest";
import type { ContentTranslations } from "@/lib/content/translations";
import { formatLinks, localizeRecommendation, outcomeRecommendations, parseLinks, wordingKey } from "./composition-rules";

describe("parseLinks", () => {
  it("reads 'label URL' lines, the address alone, and skips blank lines", () => {
    expect(parseLinks("Photos — https://photos.example.org/album\n\nhttps://video.example.org/v/1\nPress: APA report https://apa.example/news?id=7")).toEqual({
      links: [
        { label: "Photos", url: "https://photos.example.org/album" },
        { label: "https://video.example.org/v/1", url: "https://video.example.org/v/1" },
        { label: "Press: APA report", url: "https://apa.example/news?id=7" },
      ],
      badLines: [],
    });
  });

  it("names the lines that are not web links (other schemes included)", () => {
    expect(parseLinks("Photos\njavascript:alert(1)\nFiles ftp://files.example.org\nOK https://ok.example").badLines).toEqual([1, 2, 3]);
  });

  it("round-trips through the text box", () => {
    const { links } = parseLinks("Photos https://photos.example.org/\nhttps://video.example.org/");
    expect(parseLinks(formatLinks(links)).links).toEqual(links);
  });
});

describe("outcomeRecommendations", () => {
  it("takes the outcome's wording where given, the record's elsewhere", () => {
    const adopted = [
      { id: "a", theme: "security", text: "Record wording A" },
      { id: "b", theme: "economy", text: "Record wording B" },
    ];
    expect(outcomeRecommendations(adopted, { a: "Outcome wording A", b: "  " })).toEqual([
      { theme: "security", text: "Outcome wording A" },
      { theme: "economy", text: "Record wording B" },
    ]);
  });
});

describe("outcomeRecommendations in the event's working languages", () => {
  const languages = ["en", "ru", "hy"];
  const adopted: { id: string; theme: string; text: string; translations: ContentTranslations }[] = [
    {
      id: "a",
      theme: "security",
      text: "Record A",
      translations: { ru: { text: "Протокол A" }, hy: { text: "Արձանագրություն A" }, az: { text: "Not a language of the event" } },
    },
    { id: "b", theme: "economy", text: "Record B", translations: { ru: { text: "Протокол B" } } },
  ];

  it("takes the outcome's wording per language, else the record's version; versions only in the event's other languages", () => {
    expect(outcomeRecommendations(adopted, { [wordingKey("a", "ru")]: "Итоги A" }, languages)).toEqual([
      { theme: "security", text: "Record A", lang: "en", translations: { hy: { text: "Արձանագրություն A" }, ru: { text: "Итоги A" } } },
      { theme: "economy", text: "Record B", lang: "en", translations: { ru: { text: "Протокол B" } } },
    ]);
  });

  it("drops the record's versions of a recommendation the outcome reworded in the first language (they translate the old wording)", () => {
    expect(outcomeRecommendations(adopted, { b: "Outcome B", [wordingKey("a")]: "  " }, languages)[1]).toEqual({
      theme: "economy",
      text: "Outcome B",
      lang: "en",
      translations: {},
    });
    expect(outcomeRecommendations(adopted, { b: "Outcome B", [wordingKey("b", "ru")]: "Итоги B" }, languages)[1]!.translations).toEqual({
      ru: { text: "Итоги B" },
    });
  });
});

describe("localizeRecommendation (the fallback rule)", () => {
  const published = { theme: "security", text: "Open the crossing.", lang: "en", translations: { hy: { text: "Բացել անցակետը։" }, ru: { text: "  " } } };

  it("gives the reader their language's version", () => {
    expect(localizeRecommendation(published, "hy", "en")).toEqual({ theme: "security", text: "Բացել անցակետը։" });
  });

  it("gives the first language's text, marked with its language, where the reader's version is missing or empty", () => {
    expect(localizeRecommendation(published, "az", "en")).toEqual({ theme: "security", text: "Open the crossing.", shownIn: "en" });
    expect(localizeRecommendation(published, "ru", "en")).toEqual({ theme: "security", text: "Open the crossing.", shownIn: "en" });
  });

  it("never marks the text for a reader of its own language", () => {
    expect(localizeRecommendation(published, "en", "en")).toEqual({ theme: "security", text: "Open the crossing." });
  });

  it("reads a revision published before versions existed as written in the event's first language", () => {
    expect(localizeRecommendation({ theme: "economy", text: "Старый текст" }, "ru", "ru")).toEqual({ theme: "economy", text: "Старый текст" });
    expect(localizeRecommendation({ theme: "economy", text: "Старый текст" }, "hy", "ru")).toEqual({ theme: "economy", text: "Старый текст", shownIn: "ru" });
  });

  it("follows the language the revision was published in, not the event's first language today", () => {
    expect(localizeRecommendation({ ...published, lang: "ru", text: "Открыть переход." }, "en", "en")).toEqual({
      theme: "security",
      text: "Открыть переход.",
      shownIn: "ru",
    });
  });
});
