import { describe, expect, it } from "vitest";
import { refusedFields } from "@/tests/helpers/zod";
import { personInput } from "@/lib/delegations/schema";

const valid = {
  partyId: "6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
  nameLatin: "Aygun Mammadova",
  nameNative: "Aygün Məmmədova",
  organization: "Peace Bridge",
  position: "Editor-in-chief",
  sector: "media",
  email: "aygun@example.org",
  phone: "+994 12 345 67 89",
  consent: "public",
};

const fieldErrors = (input: unknown) => refusedFields(personInput, input);

describe("personInput", () => {
  it("accepts a valid person with defaults for status and head", () => {
    expect(personInput.parse(valid)).toEqual({ ...valid, status: "confirmed", head: false, sendInvitation: false });
  });

  it("has no password: one sent along anyway is dropped (organizers never set a person's password)", () => {
    expect(personInput.parse({ ...valid, password: "long enough pass" })).not.toHaveProperty("password");
  });

  it("accepts a person without email or phone", () => {
    const parsed = personInput.parse({ ...valid, email: "", phone: "" });
    expect(parsed.email).toBe("");
    expect(parsed.phone).toBe("");
  });

  it("lower-cases and trims the email", () => {
    expect(personInput.parse({ ...valid, email: "  Aygun.Mammadova@Example.ORG  " }).email).toBe("aygun.mammadova@example.org");
  });

  it('bad email → "invalidEmail"', () => {
    for (const email of ["not-an-email", "a@", "@example.org", "a b@example.org"]) {
      expect(fieldErrors({ ...valid, email }).email, email).toEqual(["invalidEmail"]);
    }
  });

  it("whitespace-only email counts as no email", () => {
    expect(personInput.parse({ ...valid, email: "   " }).email).toBe("");
  });

  it('phone "abc" → "invalidPhone"', () => {
    expect(fieldErrors({ ...valid, phone: "abc" }).phone).toEqual(["invalidPhone"]);
  });

  it("accepts usual phone notations and trims them", () => {
    for (const phone of ["+374 10 123456", "(010) 12-34-56", "010.123.456", "12345"]) {
      expect(personInput.safeParse({ ...valid, phone }).success, phone).toBe(true);
    }
    expect(personInput.parse({ ...valid, phone: "  +374 10 123456  " }).phone).toBe("+374 10 123456");
  });

  it('too short or lettered phones → "invalidPhone"', () => {
    expect(fieldErrors({ ...valid, phone: "1234" }).phone).toEqual(["invalidPhone"]);
    expect(fieldErrors({ ...valid, phone: "+374 ext 5" }).phone).toEqual(["invalidPhone"]);
  });

  it('punctuation without enough digits → "invalidPhone"', () => {
    for (const phone of ["-----", "(  ) .. --", "+12 (3) 4"]) {
      expect(fieldErrors({ ...valid, phone }).phone, phone).toEqual(["invalidPhone"]);
    }
  });

  it('head "on" → true, missing → false', () => {
    expect(personInput.parse({ ...valid, head: "on" }).head).toBe(true);
    expect(personInput.parse(valid).head).toBe(false);
  });

  it('empty Latin name → "required"', () => {
    expect(fieldErrors({ ...valid, nameLatin: "  " }).nameLatin).toEqual(["required"]);
  });

  it('unknown sector or consent → "required"', () => {
    const errors = fieldErrors({ ...valid, sector: "government", consent: "everyone" });
    expect(errors.sector).toEqual(["required"]);
    expect(errors.consent).toEqual(["required"]);
  });

  it("keeps an explicit registration status and refuses an unknown one", () => {
    expect(personInput.parse({ ...valid, status: "invited" }).status).toBe("invited");
    expect(fieldErrors({ ...valid, status: "maybe" }).status).toBeDefined();
  });
});
