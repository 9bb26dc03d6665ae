import { describe, expect, it } from "vitest";
import {
  checkpointKey,
  countsByParty,
  enqueue,
  foldName,
  matchesName,
  parseCheckInCode,
  parseCheckpoint,
  personStates,
  settle,
  type QueuedOp,
  type RosterPerson,
  type SyncResult,
} from "./rules";

const CROSSING = "6f1c8a0e-2b3d-4e5f-8a9b-0c1d2e3f4a5b";

describe("checkpoints", () => {
  it("round-trip through their key and refuse anything else", () => {
    expect(parseCheckpoint(checkpointKey({ kind: "venue", day: "2026-02-13" }))).toEqual({ kind: "venue", day: "2026-02-13" });
    expect(parseCheckpoint(`crossing:${CROSSING.toUpperCase()}`)).toEqual({ kind: "crossing", crossingId: CROSSING });
    for (const bad of ["venue:2026-2-13", "venue:", "crossing:42", "crossing:" + CROSSING + ":x", "hall:2026-02-13", "", 7, null]) {
      expect(parseCheckpoint(bad), String(bad)).toBeNull();
    }
  });
});

describe("name matching across scripts", () => {
  const rauf = ["Rauf Hüseynov", "Рауф Гусейнов"];
  const anahit = ["Anahit Petrosyan", "Անահիտ Պետրոսյան"];
  const ilham = ["İlham Əliyev", ""];

  it("matches the Latin-script name without accents or capitals", () => {
    expect(matchesName("huseynov", rauf)).toBe(true);
    expect(matchesName("HÜSEYNOV", rauf)).toBe(true);
    expect(matchesName("rauf hus", rauf)).toBe(true);
    expect(matchesName("ilham", ilham)).toBe(true);
    expect(matchesName("eliyev", ilham)).toBe(true);
  });

  it("matches the native-script name in Cyrillic and Armenian, in any case", () => {
    expect(matchesName("гусейнов", rauf)).toBe(true);
    expect(matchesName("РАУФ", rauf)).toBe(true);
    expect(matchesName("պետրոսյան", anahit)).toBe(true);
    expect(matchesName("ԱՆԱՀԻՏ", anahit)).toBe(true);
  });

  it("needs every word typed to start a word of a name, in any order", () => {
    expect(matchesName("petrosyan anahit", anahit)).toBe(true);
    expect(matchesName("trosyan", anahit)).toBe(false);
    expect(matchesName("anahit huseynov", anahit)).toBe(false);
    expect(matchesName("", anahit)).toBe(true);
    expect(matchesName("   ", rauf)).toBe(true);
  });

  it("folds the Armenian ligature and Cyrillic yo like a keyboard would type them", () => {
    expect(foldName("և")).toBe("եւ");
    expect(foldName("Фёдор")).toBe("федор");
  });
});

describe("the offline queue", () => {
  const at = "2026-02-13T05:00:00.000Z";
  const op = (id: string, memberId: string, checkpoint = "venue:2026-02-13"): QueuedOp => ({ op: "checkIn", id, memberId, checkpoint, checkedInAt: at });

  it("does not queue the same check-in twice, nor the same person twice at one checkpoint", () => {
    let queue = enqueue([], op("a", "m1"));
    queue = enqueue(queue, op("a", "m1"));
    queue = enqueue(queue, op("b", "m1"));
    expect(queue.map((q) => q.id)).toEqual(["a"]);
    // The same person at another checkpoint is another check-in.
    queue = enqueue(queue, op("c", "m1", "venue:2026-02-14"));
    expect(queue.map((q) => q.id)).toEqual(["a", "c"]);
  });

  it("drops a check-in that never left the phone when it is undone, and queues the undo of a synced one", () => {
    const queue = enqueue([op("a", "m1")], { op: "undo", id: "a", checkpoint: "venue:2026-02-13" });
    expect(queue).toEqual([]);
    expect(enqueue([], { op: "undo", id: "s", checkpoint: "venue:2026-02-13" })).toEqual([{ op: "undo", id: "s", checkpoint: "venue:2026-02-13" }]);
  });

  it("keeps every operation the server did not answer, and settling twice changes nothing more", () => {
    const queue = [op("a", "m1"), op("b", "m2"), op("c", "m3")];
    const results: SyncResult[] = [
      { id: "a", op: "checkIn", status: "saved", memberId: "m1", checkedInAt: at, by: "Org" },
      { id: "b", op: "checkIn", status: "already", memberId: "m2", existingId: "z", checkedInAt: at, by: "Other" },
    ];
    const once = settle(queue, results);
    expect(once.map((q) => q.id)).toEqual(["c"]);
    expect(settle(once, results)).toEqual(once);
    // "Try again" keeps it for the next sync; a refusal for good removes it.
    expect(settle([op("c", "m3")], [{ id: "c", op: "checkIn", status: "refused", reason: "tryAgain" }]).map((q) => q.id)).toEqual(["c"]);
    expect(settle([op("c", "m3")], [{ id: "c", op: "checkIn", status: "refused", reason: "notExpected" }])).toEqual([]);
    // An answer for an undo does not remove the check-in with the same id.
    expect(settle([op("a", "m1")], [{ id: "a", op: "undo", status: "undone" }])).toHaveLength(1);
  });

  it("shows waiting check-ins as in and waiting undos as out, once per person", () => {
    const states = personStates(
      "venue:2026-02-13",
      [{ id: "s1", memberId: "m1", checkedInAt: at, by: "Org" }],
      [op("q1", "m1"), op("q2", "m2"), { op: "undo", id: "s1", checkpoint: "venue:2026-02-13" }, op("q3", "m3", "venue:2026-02-14")],
    );
    expect(states.get("m1")).toEqual({ state: "out" });
    expect(states.get("m2")).toMatchObject({ state: "in", id: "q2", waiting: true });
    expect(states.has("m3")).toBe(false);
  });
});

describe("counts per party", () => {
  it("count each party's people in and expected, in party-name order", () => {
    const roster: RosterPerson[] = [
      { memberId: "1", nameLatin: "A", nameNative: "", partyId: "az", partyName: "Azerbaijan" },
      { memberId: "2", nameLatin: "B", nameNative: "", partyId: "am", partyName: "Armenia" },
      { memberId: "3", nameLatin: "C", nameNative: "", partyId: "am", partyName: "Armenia" },
    ];
    expect(countsByParty(roster, (id) => id !== "3")).toEqual([
      { partyId: "am", partyName: "Armenia", checkedIn: 1, expected: 2 },
      { partyId: "az", partyName: "Azerbaijan", checkedIn: 1, expected: 1 },
    ]);
  });
});

describe("reading a code", () => {
  it("reads the event and member ids and refuses malformed codes", () => {
    const code = `rt1.${CROSSING}.${CROSSING.replace("6f", "7a")}.${"x".repeat(43)}`;
    expect(parseCheckInCode(`  ${code} `)).toEqual({ eventId: CROSSING, memberId: CROSSING.replace("6f", "7a"), signature: "x".repeat(43) });
    for (const bad of [
      "",
      "rt1",
      `rt2.${CROSSING}.${CROSSING}.${"x".repeat(43)}`,
      `rt1.nope.${CROSSING}.${"x".repeat(43)}`,
      `rt1.${CROSSING}.${CROSSING}.short`,
    ]) {
      expect(parseCheckInCode(bad), bad).toBeNull();
    }
  });
});
