import { describe, expect, it } from "vitest";
import { z } from "zod";
import { crossingPointInput } from "@/lib/crossings/schema";
import { outcomeDraftInput } from "@/lib/outcomes/schema";
import { optionalText, requiredText } from "./fields";

const errorsOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe("text fields refuse control characters next to the field", () => {
  it("a NUL byte or another control character is refused; tabs and line breaks are text", () => {
    for (const bad of ["Voskepar\u0000", "a\u0007b", "x\u001Fy", "del\u007F"]) {
      expect(errorsOf(requiredText(), bad), JSON.stringify(bad)).toEqual(["controlCharacters"]);
      expect(errorsOf(optionalText(), bad), JSON.stringify(bad)).toEqual(["controlCharacters"]);
    }
    expect(errorsOf(optionalText(), "line one\nline two\ttabbed\r\n")).toEqual([]);
    expect(errorsOf(requiredText(), "Ашагы Эскипара – Ոսկեպար")).toEqual([]);
  });

  it("the fields the attack used: a crossing point's name and an outcome statement", () => {
    const point = crossingPointInput.safeParse({ name: "Border\u0000point", description: "" });
    expect(point.success).toBe(false);
    expect(z.flattenError(point.error!).fieldErrors).toEqual({ name: ["controlCharacters"] });
    const outcome = outcomeDraftInput.safeParse({ version: "1", statement_en: "Agreed.\u0000" });
    expect(outcome.success).toBe(false);
    expect(JSON.stringify(z.flattenError(outcome.error!).fieldErrors)).toContain("controlCharacters");
  });
});
