import { describe, expect, it } from "vitest";
import { containsPattern, escapeLike, excerpt, matchingStatement, MAX_QUERY_LENGTH, normalizeQuery, pickStatement } from "./search-text";

describe("escapeLike", () => {
  it("escapes the LIKE wildcards and the escape character, nothing else", () => {
    expect(escapeLike("100%")).toBe("100\\%");
    expect(escapeLike("a_b")).toBe("a\\_b");
    expect(escapeLike("back\\slash")).toBe("back\\\\slash");
    expect(escapeLike("%_\\")).toBe("\\%\\_\\\\");
    expect(escapeLike("Мир «peace» 'x' \"y\"")).toBe("Мир «peace» 'x' \"y\"");
  });

  it("wraps the escaped text for a contains search", () => {
    expect(containsPattern("50%")).toBe("%50\\%%");
    expect(containsPattern("")).toBe("%%");
  });
});

describe("normalizeQuery", () => {
  it("takes the first value, collapses whitespace and trims", () => {
    expect(normalizeQuery("  peace   agenda \n")).toBe("peace agenda");
    expect(normalizeQuery(["first", "second"])).toBe("first");
    expect(normalizeQuery(undefined)).toBe("");
    expect(normalizeQuery(null)).toBe("");
    expect(normalizeQuery("   ")).toBe("");
  });

  it("reads NUL and other control characters as spaces (PostgreSQL refuses a NUL in a query)", () => {
    expect(normalizeQuery("peace\u0000agenda\u0007")).toBe("peace agenda");
  });

  it("caps the length", () => {
    expect(normalizeQuery("x".repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

const statements = [
  { language: "en", text: "The delegations agreed on joint projects." },
  { language: "ru", text: "Делегации договорились о совместных проектах. Мирная повестка." },
];

describe("pickStatement", () => {
  it("prefers the language asked for, else the first statement", () => {
    expect(pickStatement(statements, "ru")?.language).toBe("ru");
    expect(pickStatement(statements, "hy")?.language).toBe("en");
    expect(pickStatement([], "en")).toBeUndefined();
  });
});

describe("matchingStatement", () => {
  it("shows a statement that contains the query, case-insensitively", () => {
    expect(matchingStatement(statements, "МИРНАЯ", "en")?.language).toBe("ru");
    expect(matchingStatement(statements, "joint", "ru")?.language).toBe("en");
  });

  it("falls back to the viewer's language when no statement contains it (a title match)", () => {
    expect(matchingStatement(statements, "Tsaghkadzor", "ru")?.language).toBe("ru");
    expect(matchingStatement(statements, "", "en")?.language).toBe("en");
  });

  it("treats the query as text, not as a pattern", () => {
    expect(matchingStatement(statements, "(.*)", "ru")?.language).toBe("ru");
    expect(matchingStatement([{ language: "en", text: "costs rose 50% (a lot)" }], "50% (a", "ru")?.language).toBe("en");
  });
});

describe("excerpt", () => {
  const long = `${"Opening words and more. ".repeat(20)}The border crossing was a practical step towards trust. ${"Closing words follow here. ".repeat(20)}`;

  it("returns short text whole", () => {
    expect(excerpt("  A short\n statement. ", "")).toEqual({ before: "A short statement.", match: "", after: "" });
  });

  it("cuts long text at a word boundary when there is no match", () => {
    const shown = excerpt(long, "", 100);
    expect(shown.before.endsWith("…")).toBe(true);
    expect(shown.before.length).toBeLessThanOrEqual(101);
    expect(long.replace(/\s+/g, " ").startsWith(shown.before.slice(0, -1))).toBe(true);
  });

  it("centres on the first match, keeping its spelling, with ellipses where text was left out", () => {
    const shown = excerpt(long, "BORDER crossing", 120);
    expect(shown.match).toBe("border crossing");
    expect(shown.before.startsWith("…")).toBe(true);
    expect(shown.after.endsWith("…")).toBe(true);
    expect(`${shown.before}${shown.match}${shown.after}`.length).toBeLessThanOrEqual(124);
    expect(shown.after).toContain("practical step");
  });

  it("finds Cyrillic matches regardless of case", () => {
    expect(excerpt(statements[1]!.text, "мирная").match).toBe("Мирная");
  });

  it("handles a match at the very start and the very end", () => {
    expect(excerpt("Peace now", "peace")).toEqual({ before: "", match: "Peace", after: " now" });
    expect(excerpt("Lasting peace", "PEACE")).toEqual({ before: "Lasting ", match: "peace", after: "" });
  });
});
