// Every input schema, found from the code, answers a missing or mistyped field with a catalog key
// (shown translated next to the field), never with zod's own English text ("Invalid input: expected
// string"). A new schema in lib/ is checked without anyone adding it here.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { filesUnder } from "@/tests/helpers/discover";
import { loadMessages } from "@/i18n/messages";

type Schema = z.ZodType;

/** lib modules that export an `…Input` schema: the inputs of server actions and route handlers. */
async function inputSchemas(): Promise<{ name: string; schema: Schema }[]> {
  const files = filesUnder("lib", (file) => /\.ts$/.test(file) && !/\.test\.ts$/.test(file) && /export const \w+Input\b/.test(fs.readFileSync(file, "utf8")));
  const found: { name: string; schema: Schema }[] = [];
  for (const file of files) {
    const mod = (await import(path.resolve(file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (name.endsWith("Input") && value instanceof z.ZodType) found.push({ name: `${file}#${name}`, schema: value });
    }
  }
  return found;
}

/** The fields of an object schema, looking through refinements, transforms and pipes. */
function fieldsOf(schema: Schema): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodPipe) return fieldsOf(schema.in as Schema);
  return [];
}

/**
 * What a hand-made request may send instead of a form's text: an empty form, and every field a
 * number, a boolean, an object, a list, null, or text of no field's shape. (A form is always an object: actions read an absent
 * one as empty, lib/forms/action-state.ts.) A single field's shape gets the same wrong values.
 */
function badInputs(schema: Schema): unknown[] {
  const wrong = [undefined, 42, true, { nested: "x" }, ["a", "b"], null, "x\u0000", "".padEnd(60_000, "9")];
  const fields = fieldsOf(schema);
  if (fields.length === 0) return wrong;
  return [{}, ...wrong.map((value) => Object.fromEntries(fields.map((field) => [field, value])))];
}

describe("input schemas answer with catalog keys", async () => {
  const schemas = await inputSchemas();
  const errors = (await loadMessages("en")).errors as Record<string, string>;

  it("finds the schemas from the code", () => {
    // The registration form (the phone finding) and a field shape are among them.
    expect(schemas.map((s) => s.name)).toEqual(
      expect.arrayContaining(["lib/invitations/registration-schema.ts#registrationInput", "lib/delegations/schema.ts#optionalPhoneInput"]),
    );
    expect(schemas.length).toBeGreaterThan(30);
  });

  it.each(schemas.map((s) => [s.name, s.schema] as const))("%s", (_name, schema) => {
    const raw = badInputs(schema).flatMap((input) => {
      const result = schema.safeParse(input);
      const issues = result.success ? [] : result.error.issues.filter((issue) => !Object.hasOwn(errors, issue.message));
      return issues.map((issue) => `${JSON.stringify(input) ?? "undefined"} → ${issue.path.join(".") || "(value)"}: ${issue.message}`);
    });
    expect(raw).toEqual([]);
  });

  it("a registration posted without its phone field is not refused for the phone", () => {
    const registration = schemas.find((s) => s.name.endsWith("#registrationInput"))!.schema;
    const result = registration.safeParse({ nameLatin: "Ani Petrosyan", sector: "civil_society", consent: "public" });
    expect(result.success ? {} : z.flattenError(result.error).fieldErrors).toEqual({});
  });
});
