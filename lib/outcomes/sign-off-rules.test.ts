import { describe, expect, it } from "vitest";
import { editedStatements, isJointlySigned, publicationTime, publishGate, signedHash, signOffMatrix, statementHash } from "./sign-off-rules";

const AZ = "party-az";
const AM = "party-am";
const statements = [
  { id: "s-en", language: "en", text: "The statement." },
  { id: "s-ru", language: "ru", text: "Заявление." },
];
const signed = (statementId: string, partyId: string, text: string) => ({
  statementId,
  partyId,
  textHash: statementHash(text),
  signedAt: new Date("2026-02-14T10:00:00Z"),
  signedByName: "Head",
});

describe("statementHash", () => {
  it("is the same for the same text, whatever the line endings, and differs for any edit", () => {
    expect(statementHash("a\r\nb")).toBe(statementHash("a\nb"));
    expect(statementHash("The statement.")).not.toBe(statementHash("The statement"));
    expect(statementHash("x")).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("signOffMatrix and isJointlySigned", () => {
  it("is joint only when every party signed every language version", () => {
    const all = [
      signed("s-en", AZ, "The statement."),
      signed("s-en", AM, "The statement."),
      signed("s-ru", AZ, "Заявление."),
      signed("s-ru", AM, "Заявление."),
    ];
    expect(isJointlySigned(signOffMatrix(statements, [AZ, AM], all))).toBe(true);
    const missing = all.slice(0, 3);
    const matrix = signOffMatrix(statements, [AZ, AM], missing);
    expect(isJointlySigned(matrix)).toBe(false);
    expect(matrix[1]!.cells).toEqual([
      { partyId: AZ, signed: true, signedAt: new Date("2026-02-14T10:00:00Z"), signedByName: "Head" },
      { partyId: AM, signed: false, signedAt: null, signedByName: null },
    ]);
  });

  it("counts a sign-off of an earlier text as withdrawn", () => {
    const edited = [{ id: "s-en", language: "en", text: "The statement, edited." }];
    const matrix = signOffMatrix(edited, [AZ, AM], [signed("s-en", AZ, "The statement."), signed("s-en", AM, "The statement, edited.")]);
    expect(matrix[0]!.cells.map((c) => c.signed)).toEqual([false, true]);
  });

  it("is never joint with nothing to sign or nobody to sign", () => {
    expect(isJointlySigned([])).toBe(false);
    expect(isJointlySigned(signOffMatrix(statements, [], []))).toBe(false);
  });
});

describe("publishGate", () => {
  const unsigned = signOffMatrix(statements, [AZ, AM], []);
  const joint = signOffMatrix(statements.slice(0, 1), [AZ], [signed("s-en", AZ, "The statement.")]);

  it("publishes a jointly signed outcome", () => {
    expect(publishGate(joint, { requested: false, reason: "" })).toEqual({ ok: true, jointlySigned: true });
  });

  it("refuses without every sign-off, unless the organizer publishes anyway with a reason", () => {
    expect(publishGate(unsigned, { requested: false, reason: "" })).toEqual({ ok: false, reason: "notJointlySigned" });
    expect(publishGate(unsigned, { requested: true, reason: "  " })).toEqual({ ok: false, reason: "reasonNeeded" });
    expect(publishGate(unsigned, { requested: true, reason: "The Armenian head is travelling" })).toEqual({ ok: true, jointlySigned: false });
  });

  it("has nothing to publish without a statement", () => {
    expect(publishGate([], { requested: true, reason: "x" })).toEqual({ ok: false, reason: "nothingToPublish" });
  });
});

describe("publicationTime", () => {
  const now = new Date("2026-02-14T10:00:00Z");

  it("publishes now without a time, or with a time that has just come", () => {
    expect(publicationTime(null, now)).toEqual({ ok: true, at: now, scheduled: false });
    expect(publicationTime(new Date("2026-02-14T09:59:30Z"), now)).toEqual({ ok: true, at: now, scheduled: false });
  });

  it("schedules a time to come (the embargo) and refuses one gone by", () => {
    const later = new Date("2026-02-14T12:00:00Z");
    expect(publicationTime(later, now)).toEqual({ ok: true, at: later, scheduled: true });
    expect(publicationTime(new Date("2026-02-14T09:00:00Z"), now)).toEqual({ ok: false });
  });
});

describe("editedStatements", () => {
  it("names the languages whose text changed or which were removed", () => {
    expect(
      editedStatements(
        [
          { language: "en", text: "a" },
          { language: "ru", text: "b" },
          { language: "az", text: "c" },
        ],
        [
          { language: "en", text: "a" },
          { language: "ru", text: "B" },
        ],
      ),
    ).toEqual(["ru", "az"]);
  });
});

describe("what a sign-off covers", () => {
  const recs = [{ theme: "security", text: "Open the crossing for civil-society visits." }];

  it("is the statement alone while no recommendation is adopted (sign-offs given before stay valid)", () => {
    expect(signedHash("Statement")).toBe(statementHash("Statement"));
    expect(signedHash("Statement", [])).toBe(statementHash("Statement"));
  });

  it("is the statement and the recommendations as the version publishes them: a changed wording or translation is another hash", () => {
    const hash = signedHash("Statement", recs);
    expect(hash).not.toBe(statementHash("Statement"));
    expect(signedHash("Statement", [{ ...recs[0]!, text: "Open the crossing for visits." }])).not.toBe(hash);
    expect(signedHash("Statement", [{ ...recs[0]!, theme: "borders" }])).not.toBe(hash);
    expect(signedHash("Statement", [...recs, ...recs])).not.toBe(hash);
    // Line endings are not a change.
    expect(signedHash("Statement", [{ ...recs[0]!, text: "a\r\nb" }])).toBe(signedHash("Statement", [{ ...recs[0]!, text: "a\nb" }]));
  });

  it("a party's sign-off no longer holds once the recommendations its version publishes change", () => {
    const signed = signedHash("Заявление", recs);
    const row = { statementId: "s-ru", partyId: AZ, textHash: signed, signedAt: new Date(), signedByName: "Rauf" };
    const statement = { id: "s-ru", language: "ru", text: "Заявление" };
    expect(signOffMatrix([{ ...statement, recommendations: recs }], [AZ], [row])[0]!.cells[0]!.signed).toBe(true);
    expect(signOffMatrix([{ ...statement, recommendations: [{ theme: "security", text: "Открыть переход." }] }], [AZ], [row])[0]!.cells[0]!.signed).toBe(false);
  });
});
