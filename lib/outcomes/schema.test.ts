import { describe, expect, it } from "vitest";
import { refusedFields as fieldErrors } from "@/tests/helpers/zod";
import { outcomeDraftInput, publishOutcomeInput } from "@/lib/outcomes/schema";

describe("outcomeDraftInput", () => {
  it("turns statement_en + statement_ru into a statements array in WORKING_LANGUAGES order", () => {
    // Form order is en first, but WORKING_LANGUAGES puts ru before en.
    expect(outcomeDraftInput.parse({ version: "1", statement_en: "We agreed.", statement_ru: "Мы договорились." })).toEqual({
      version: 1,
      statements: [
        { language: "ru", text: "Мы договорились." },
        { language: "en", text: "We agreed." },
      ],
    });
  });

  it("orders all four languages az, hy, ru, en", () => {
    const parsed = outcomeDraftInput.parse({
      version: 3,
      statement_en: "en text",
      statement_hy: "hy text",
      statement_ru: "ru text",
      statement_az: "az text",
    });
    expect(parsed.statements.map((s) => s.language)).toEqual(["az", "hy", "ru", "en"]);
    expect(parsed.statements.map((s) => s.text)).toEqual(["az text", "hy text", "ru text", "en text"]);
  });

  it("trims statements and drops empty or whitespace-only ones", () => {
    expect(outcomeDraftInput.parse({ version: 1, statement_az: "  Razılaşdıq.  ", statement_hy: "   ", statement_ru: "" }).statements).toEqual([
      { language: "az", text: "Razılaşdıq." },
    ]);
  });

  it('all empty → "statementRequired" on path statements', () => {
    const errors = fieldErrors(outcomeDraftInput, { version: "1", statement_en: "", statement_ru: "  " });
    expect(errors.statements).toEqual(["statementRequired"]);
  });

  it('no statement fields at all → "statementRequired"', () => {
    expect(fieldErrors(outcomeDraftInput, { version: "1" }).statements).toEqual(["statementRequired"]);
  });

  it("ignores fields for languages that are not working languages", () => {
    expect(fieldErrors(outcomeDraftInput, { version: "1", statement_fr: "Nous sommes d'accord." }).statements).toEqual(["statementRequired"]);
  });

  it("coerces the version from a string", () => {
    const parsed = outcomeDraftInput.parse({ version: "7", statement_en: "x" });
    expect(parsed.version).toBe(7);
    expect(typeof parsed.version).toBe("number");
  });

  it("refuses a version that is not a positive integer", () => {
    for (const version of ["0", "-1", "1.5", "abc", ""]) {
      expect(fieldErrors(outcomeDraftInput, { version, statement_en: "x" }).version, JSON.stringify(version)).toBeDefined();
    }
  });

  it('a statement over 50 000 characters → "tooLong" on its field', () => {
    expect(fieldErrors(outcomeDraftInput, { version: 1, statement_en: "x".repeat(50_001) }).statement_en).toEqual(["tooLong"]);
  });

  it("accepts a statement of exactly 50 000 characters", () => {
    expect(outcomeDraftInput.safeParse({ version: 1, statement_en: "x".repeat(50_000) }).success).toBe(true);
  });
});

describe("publishOutcomeInput", () => {
  it("coerces the version and defaults the note, the reason and the time (now)", () => {
    expect(publishOutcomeInput.parse({ version: "2" })).toEqual({
      version: 2,
      note: "",
      anyway: false,
      reason: "",
      publishAt: "",
      untilPressConference: false,
    });
  });

  it("takes 'publish anyway' from a ticked box and a time as YYYY-MM-DDTHH:MM, and refuses another shape", () => {
    expect(publishOutcomeInput.parse({ version: "2", anyway: "on", reason: " Signed on paper ", publishAt: "2026-02-14T16:00" })).toEqual({
      version: 2,
      note: "",
      anyway: true,
      reason: "Signed on paper",
      publishAt: "2026-02-14T16:00",
      untilPressConference: false,
    });
    expect(fieldErrors(publishOutcomeInput, { version: "2", publishAt: "14.02.2026 16:00" }).publishAt).toEqual(["invalidDateTime"]);
  });

  it("takes 'embargo until the press conference' from a ticked box", () => {
    expect(publishOutcomeInput.parse({ version: "2", untilPressConference: "on" }).untilPressConference).toBe(true);
  });

  it('a note over 500 characters → "tooLong"', () => {
    expect(fieldErrors(publishOutcomeInput, { version: "2", note: "x".repeat(501) }).note).toEqual(["tooLong"]);
  });
});
