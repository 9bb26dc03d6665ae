import { describe, expect, it } from "vitest";
import { findNamesInText } from "./names";

const DELEGATES = ["Anar Mammadov", "Անի Սարգսյան", "Нигяр Рзаева", "Ani Petrosyan"];

describe("findNamesInText", () => {
  it("finds Latin, Armenian and Cyrillic names, in the order given", () => {
    const text = "Нигяр Рзаева opened; Անի Սարգսյան replied; Anar Mammadov closed.";
    expect(findNamesInText(text, DELEGATES)).toEqual(["Anar Mammadov", "Անի Սարգսյան", "Нигяр Рзаева"]);
  });

  it("finds nothing in text without names", () => {
    expect(findNamesInText("A participant noted that trust takes time.", DELEGATES)).toEqual([]);
    expect(findNamesInText("", DELEGATES)).toEqual([]);
    expect(findNamesInText("Anar Mammadov spoke.", [])).toEqual([]);
  });

  it("ignores case, in every script", () => {
    expect(findNamesInText("ANAR MAMMADOV", DELEGATES)).toEqual(["Anar Mammadov"]);
    expect(findNamesInText("нигяр рзаева", DELEGATES)).toEqual(["Нигяр Рзаева"]);
    expect(findNamesInText("ԱՆԻ ՍԱՐԳՍՅԱՆ", DELEGATES)).toEqual(["Անի Սարգսյան"]);
  });

  it("meets Azerbaijani dotted and dotless i however they are typed", () => {
    expect(findNamesInText("ILHAM ƏLIYEV and ilham əliyev", ["İlham Əliyev"])).toEqual(["İlham Əliyev"]);
    expect(findNamesInText("İlham Əliyev", ["Ilham Əliyev"])).toEqual(["Ilham Əliyev"]);
    expect(findNamesInText("ılham", ["Ilham"])).toEqual(["Ilham"]);
  });

  it("allows line breaks and repeated spaces between first and last name", () => {
    expect(findNamesInText("as said by Anar\nMammadov earlier", DELEGATES)).toEqual(["Anar Mammadov"]);
    expect(findNamesInText("Нигяр \u00a0  Рзаева", DELEGATES)).toEqual(["Нигяр Рзаева"]);
    expect(findNamesInText("Anar Mammadov", ["  Anar   Mammadov "])).toEqual(["  Anar   Mammadov "]);
  });

  it("finds a name between punctuation and Markdown", () => {
    expect(findNamesInText("(Anar Mammadov)", DELEGATES)).toEqual(["Anar Mammadov"]);
    expect(findNamesInText("**Անի Սարգսյան:** yes", DELEGATES)).toEqual(["Անի Սարգսյան"]);
    expect(findNamesInText("— «Нигяр Рзаева», 2026.", DELEGATES)).toEqual(["Нигяр Рзаева"]);
    expect(findNamesInText("Anar Mammadov's proposal", DELEGATES)).toEqual(["Anar Mammadov"]);
  });

  it("does not find a name inside a longer word", () => {
    expect(findNamesInText("Animation of the session", ["Ani"])).toEqual([]);
    expect(findNamesInText("Anar Mammadova spoke", DELEGATES)).toEqual([]);
    expect(findNamesInText("Нигяр Рзаевой", DELEGATES)).toEqual([]);
    expect(findNamesInText("XAnar Mammadov", DELEGATES)).toEqual([]);
    expect(findNamesInText("Anar Mammadov2", DELEGATES)).toEqual([]);
    expect(findNamesInText("Ani Animation", ["Ani Anim"])).toEqual([]);
  });

  it("needs the full name, not a part of it", () => {
    expect(findNamesInText("Mammadov said", DELEGATES)).toEqual([]);
    expect(findNamesInText("Anar said", DELEGATES)).toEqual([]);
  });

  it("returns each name once, as first given", () => {
    const text = "Anar Mammadov, then anar mammadov again, then Anar Mammadov.";
    expect(findNamesInText(text, ["Anar Mammadov", "Anar Mammadov", "ANAR MAMMADOV"])).toEqual(["Anar Mammadov"]);
  });

  it("ignores empty names and names of fewer than three letters", () => {
    expect(findNamesInText("Al and Bo met Li. Ani too.", ["", "   ", "Al", "Bo", "Li", "Ani"])).toEqual(["Ani"]);
    expect(findNamesInText("1 2 3", ["1 2 3"])).toEqual([]);
  });

  it("takes regex characters in a name literally", () => {
    expect(findNamesInText("Jean-Pierre O'Neil (Jr.) was there", ["Jean-Pierre O'Neil (Jr.)"])).toEqual(["Jean-Pierre O'Neil (Jr.)"]);
    expect(findNamesInText("AnarXMammadov", ["Anar.Mammadov"])).toEqual([]);
    expect(findNamesInText("Anahit and all", ["Ana.*"])).toEqual([]);
  });

  it("treats a precomposed and a decomposed letter as the same", () => {
    expect(findNamesInText("Jose\u0301 Marti\u0301", ["José Martí"])).toEqual(["José Martí"]);
  });
});
