import { describe, expect, it } from "vitest";
import { diffSummary, diffText, MAX_EDIT_TOKENS, type DiffPart } from "./diff";

const before = (parts: DiffPart[]) =>
  parts
    .filter((p) => p.kind !== "added")
    .map((p) => p.text)
    .join("");
const after = (parts: DiffPart[]) =>
  parts
    .filter((p) => p.kind !== "removed")
    .map((p) => p.text)
    .join("");

describe("diffText", () => {
  it("gives one unchanged part for identical texts, and none for two empty ones", () => {
    expect(diffText("Trust was built.", "Trust was built.")).toEqual([{ kind: "same", text: "Trust was built." }]);
    expect(diffText("", "")).toEqual([]);
  });

  it("marks added words", () => {
    expect(diffText("The parties agreed.", "The parties finally agreed.")).toEqual([
      { kind: "same", text: "The parties " },
      { kind: "added", text: "finally " },
      { kind: "same", text: "agreed." },
    ]);
  });

  it("marks removed words", () => {
    expect(diffText("The parties quickly agreed.", "The parties agreed.")).toEqual([
      { kind: "same", text: "The parties " },
      { kind: "removed", text: "quickly " },
      { kind: "same", text: "agreed." },
    ]);
  });

  it("shows a replacement as the removal then the addition, whole words", () => {
    expect(diffText("Discussed transport links.", "Discussed border crossings.")).toEqual([
      { kind: "same", text: "Discussed " },
      { kind: "removed", text: "transport links" },
      { kind: "added", text: "border crossings" },
      { kind: "same", text: "." },
    ]);
  });

  it("handles text from or to nothing", () => {
    expect(diffText("", "New summary.")).toEqual([{ kind: "added", text: "New summary." }]);
    expect(diffText("Old summary.", "")).toEqual([{ kind: "removed", text: "Old summary." }]);
  });

  it("compares Cyrillic words as words, not letters", () => {
    expect(diffText("Мы обсудили границы и транспорт.", "Мы подробно обсудили границы и экономику.")).toEqual([
      { kind: "same", text: "Мы " },
      { kind: "added", text: "подробно " },
      { kind: "same", text: "обсудили границы и " },
      { kind: "removed", text: "транспорт" },
      { kind: "added", text: "экономику" },
      { kind: "same", text: "." },
    ]);
  });

  it("compares Armenian and Azerbaijani words as words", () => {
    expect(diffText("Մենք քննարկեցինք սահմանները", "Մենք քննարկեցինք տրանսպորտը")).toEqual([
      { kind: "same", text: "Մենք քննարկեցինք " },
      { kind: "removed", text: "սահմանները" },
      { kind: "added", text: "տրանսպորտը" },
    ]);
    expect(diffText("Biz sərhədləri müzakirə etdik", "Biz nəqliyyatı müzakirə etdik")).toEqual([
      { kind: "same", text: "Biz " },
      { kind: "removed", text: "sərhədləri" },
      { kind: "added", text: "nəqliyyatı" },
      { kind: "same", text: " müzakirə etdik" },
    ]);
  });

  it("keeps line breaks and changed spacing as changes of their own", () => {
    const parts = diffText("- one\n- two", "- one\n\n- two");
    expect(parts.filter((p) => p.kind !== "same")).toEqual([{ kind: "added", text: "\n" }]);
  });

  it("shows a rewrite too large to compare as the old text removed and the new one added, keeping the unchanged start and end", () => {
    const text = (word: string) => Array.from({ length: MAX_EDIT_TOKENS }, (_, i) => `${word}${i}`).join(" ");
    expect(diffText(`Intro. ${text("old")}.`, `Intro. ${text("new")}.`)).toEqual([
      { kind: "same", text: "Intro. " },
      { kind: "removed", text: text("old") },
      { kind: "added", text: text("new") },
      { kind: "same", text: "." },
    ]);
  });

  const pairs: [string, string][] = [
    ["", ""],
    ["", "a"],
    ["a", ""],
    ["Same text.", "Same text."],
    ["The parties quickly agreed.", "The parties, after a long night, agreed!"],
    ["a  b\nc", "a b\n\nc d"],
    ["Line one\r\nLine two\r\n", "Line one\nLine 2\n"],
    [
      "## Summary\n\nThe delegations met on Tuesday.\n\n- Trust building\n- Borders\n",
      "## Summary\n\nThe delegations met on Wednesday morning.\n\n- Trust-building measures\n- Transport\n- Borders\n\nNext meeting: TBD.",
    ],
    ["Мы обсудили\nграницы и транспорт.", "Мы  обсудили границы,\nтранспорт и экономику."],
    ["Անի Սարգսյանը նշեց", "Անի Սարգսյանը   նշեց, որ"],
    ["Nigar's point — “trust”.", "Nigar’s point: “trust” & 😀 emoji 👍🏽."],
    ["\t indented\n\n\n", "indented\t\n"],
  ];

  it.each(pairs)("reproduces both texts exactly from the parts: %j → %j", (a, b) => {
    const parts = diffText(a, b);
    expect(before(parts)).toBe(a);
    expect(after(parts)).toBe(b);
    // Merged: no empty parts, no two neighbours of one kind, removal before addition.
    for (const [i, part] of parts.entries()) {
      expect(part.text).not.toBe("");
      const next = parts[i + 1];
      if (next) expect(next.kind).not.toBe(part.kind);
      if (next?.kind === "removed") expect(part.kind).not.toBe("added");
    }
  });
});

describe("diffSummary", () => {
  it("counts words added and removed, not spaces or punctuation", () => {
    expect(diffSummary(diffText("Discussed transport links.", "Discussed border crossings and ports!"))).toEqual({ added: 4, removed: 2 });
  });

  it("counts Cyrillic words and hyphenated words as one each", () => {
    expect(diffSummary(diffText("Мы обсудили границы.", "Мы обсудили мир и доверие-строительство."))).toEqual({ added: 3, removed: 1 });
  });

  it("is zero for no change", () => {
    expect(diffSummary(diffText("Same.", "Same."))).toEqual({ added: 0, removed: 0 });
    expect(diffSummary([])).toEqual({ added: 0, removed: 0 });
  });
});
