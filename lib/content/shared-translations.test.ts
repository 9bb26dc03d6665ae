import { describe, expect, it } from "vitest";
import { translationFormValues } from "./translation-form";
import { cleanSharedTranslations, localizedSharedText, localizeSharedFields } from "./translations";

// A crossing point or an official serves every event of its initiative: versions in any working
// language, read in one event's context (its first language the fallback).
const event = ["hy", "az"];
const point = { hy: { name: "Ոսկեպար" }, ru: { name: "Воскепар" }, en: { name: " " } };

describe("localizedSharedText", () => {
  it("gives the reader's own version, even in a language the event does not work in", () => {
    expect(localizedSharedText("Voskepar", point, "name", "hy", event)).toEqual({ text: "Ոսկեպար", lang: "hy", fallback: false });
    expect(localizedSharedText("Voskepar", point, "name", "ru", event)).toEqual({ text: "Воскепар", lang: "ru", fallback: false });
  });

  it("falls back to the event's first language's version, marked, before the source text", () => {
    expect(localizedSharedText("Voskepar", point, "name", "az", event)).toEqual({ text: "Ոսկեպար", lang: "hy", fallback: true });
  });

  it("falls back to the source text, marked as the first language's, when there is no version there either", () => {
    expect(localizedSharedText("Voskepar", point, "name", "en", ["az", "en"])).toEqual({ text: "Voskepar", lang: "az", fallback: true });
    expect(localizedSharedText("Voskepar", undefined, "name", "en", ["az", "en"]).fallback).toBe(true);
  });

  it("gives a reader of the first language the source text, unmarked, when no version is written in it", () => {
    expect(localizedSharedText("Voskepar", point, "name", "az", ["az", "hy"])).toEqual({ text: "Voskepar", lang: "az", fallback: false });
  });

  it("has nothing to mark when there is no text", () => {
    expect(localizedSharedText("", {}, "name", "en", event)).toEqual({ text: "", lang: "hy", fallback: false });
  });
});

describe("localizeSharedFields", () => {
  it("replaces the fields, names those in another language, drops the versions and keeps the rest", () => {
    const official = {
      id: "o1",
      name: "Armen Grigoryan",
      position: "Secretary of the Security Council",
      translations: { ru: { position: "Секретарь Совета безопасности" } },
    };
    expect(localizeSharedFields(official, ["position"], "ru", ["en", "ru"])).toEqual({
      id: "o1",
      name: "Armen Grigoryan",
      position: "Секретарь Совета безопасности",
      shownIn: {},
    });
    expect(localizeSharedFields(official, ["position"], "hy", ["en", "hy"])).toEqual({
      id: "o1",
      name: "Armen Grigoryan",
      position: "Secretary of the Security Council",
      shownIn: { position: "en" },
    });
    expect(official.translations).toEqual({ ru: { position: "Секретарь Совета безопасности" } });
  });
});

describe("cleanSharedTranslations", () => {
  it("keeps every given language, the event's first too, trimmed, blanks and unknown fields dropped", () => {
    const raw = { hy: { name: " Ոսկեպար ", other: "x" }, az: { name: "" }, en: { name: "Voskepar" }, xx: { name: "?" } };
    const clean = cleanSharedTranslations(raw, ["name"], ["az", "hy", "ru", "en"]);
    expect(clean).toEqual({ en: { name: "Voskepar" }, hy: { name: "Ոսկեպար" } });
    expect(Object.keys(clean)).toEqual(["en", "hy"]);
    expect(translationFormValues(clean)).toEqual({ name_en: "Voskepar", name_hy: "Ոսկեպար" });
  });
});
