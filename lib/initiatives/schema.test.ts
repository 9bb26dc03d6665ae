import { describe, expect, it } from "vitest";
import { refusedFields } from "@/tests/helpers/zod";
import { initiativeInput } from "@/lib/initiatives/schema";

const valid = { name: "Peace Bridge", description: "A dialogue track", party1: "Azerbaijan", party2: "Armenia" };

const fieldErrors = (input: unknown) => refusedFields(initiativeInput, input);

describe("initiativeInput", () => {
  it("accepts two parties and outputs name, description and the parties array", () => {
    expect(initiativeInput.parse(valid)).toEqual({
      name: "Peace Bridge",
      description: "A dialogue track",
      parties: ["Azerbaijan", "Armenia"],
    });
  });

  it("does not leak the party1..party4 fields into the output", () => {
    const parsed = initiativeInput.parse({ ...valid, party3: "Georgia" });
    expect(Object.keys(parsed).sort()).toEqual(["description", "name", "parties"]);
  });

  it("description defaults to an empty string", () => {
    const { description: _d, ...rest } = valid;
    expect(initiativeInput.parse(rest).description).toBe("");
  });

  it('requires the first two parties ("required")', () => {
    const errors = fieldErrors({ name: "Peace Bridge", party1: "", party2: "  " });
    expect(errors.party1).toEqual(["required"]);
    expect(errors.party2).toEqual(["required"]);
    expect(errors.party3).toBeUndefined();
    expect(errors.party4).toBeUndefined();
  });

  it("requires the second party even when the third is given", () => {
    expect(fieldErrors({ ...valid, party2: "", party3: "Georgia" }).party2).toEqual(["required"]);
  });

  it('requires a name ("required")', () => {
    expect(fieldErrors({ ...valid, name: "" }).name).toEqual(["required"]);
  });

  it('duplicate party names (case-insensitive) → "duplicateParty" on the second field', () => {
    const errors = fieldErrors({ ...valid, party1: "Armenia", party2: "ARMENIA" });
    expect(errors.party2).toEqual(["duplicateParty"]);
    expect(errors.party1).toBeUndefined();
  });

  it("duplicates are compared after trimming", () => {
    expect(fieldErrors({ ...valid, party1: "Armenia", party2: "  armenia " }).party2).toEqual(["duplicateParty"]);
  });

  it("flags a duplicate in an optional field, on that field", () => {
    const errors = fieldErrors({ ...valid, party3: "Georgia", party4: "azerbaijan" });
    expect(errors.party4).toEqual(["duplicateParty"]);
    expect(errors.party1).toBeUndefined();
    expect(errors.party3).toBeUndefined();
  });

  it("flags every repeat, not only the first", () => {
    const errors = fieldErrors({ name: "X", party1: "A", party2: "a", party3: "A" });
    expect(errors.party2).toEqual(["duplicateParty"]);
    expect(errors.party3).toEqual(["duplicateParty"]);
    expect(errors.party1).toBeUndefined();
  });

  it("empty optional parties are not duplicates of each other", () => {
    expect(initiativeInput.safeParse({ ...valid, party3: "", party4: "" }).success).toBe(true);
  });

  it("output parties drop empty optional ones and keep the order of the fields", () => {
    expect(initiativeInput.parse({ ...valid, party3: "", party4: "Georgia" }).parties).toEqual(["Azerbaijan", "Armenia", "Georgia"]);
    expect(initiativeInput.parse({ ...valid, party3: "Turkey", party4: "" }).parties).toEqual(["Azerbaijan", "Armenia", "Turkey"]);
    expect(initiativeInput.parse({ ...valid, party3: "  ", party4: "   " }).parties).toEqual(["Azerbaijan", "Armenia"]);
  });

  it("keeps four parties in field order, trimmed", () => {
    expect(initiativeInput.parse({ ...valid, party1: " Zeta ", party2: "Alpha", party3: "Mu", party4: "Beta" }).parties).toEqual([
      "Zeta",
      "Alpha",
      "Mu",
      "Beta",
    ]);
  });

  it('a party name over 100 characters → "tooLong"', () => {
    expect(fieldErrors({ ...valid, party3: "x".repeat(101) }).party3).toEqual(["tooLong"]);
  });
});
