// The outcome's press conference comes from the agenda's press-conference item when there is one;
// the outcome's own fields (typed on the outcome page) only stand in when the agenda has none.
// Pure: the queries in press-conference.ts read the items and people, these decide.
import type { PressConference } from "@/db/schema/outcomes";

export type PressConferenceCandidate = { id: string; kind: string; startsAt: Date; endsAt: Date };

/**
 * The agenda item the outcome takes its press conference from: the last press conference of the
 * event (latest start, then latest end, then id, so the choice is stable), and how many the agenda
 * has (more than one: the page says which one it took). Null without one.
 */
export function lastPressConference<T extends PressConferenceCandidate>(items: readonly T[]): { item: T; count: number } | null {
  const candidates = items.filter((item) => item.kind === "press_conference");
  if (candidates.length === 0) return null;
  const [item] = [...candidates].sort(
    (a, b) => b.startsAt.getTime() - a.startsAt.getTime() || b.endsAt.getTime() - a.endsAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
  );
  return { item: item!, count: candidates.length };
}

/** What the outcome keeps of an agenda item: its start, its place as written (first language) and its speakers. */
export function pressConferenceFromItem(item: { startsAt: Date; place: string }, speakerIds: readonly string[]): PressConference {
  return { startsAt: item.startsAt.toISOString(), place: item.place, speakerIds: [...new Set(speakerIds)] };
}

/** The press conference the outcome uses: the agenda's when it has one, else the outcome's own fields. */
export function effectivePressConference(fromAgenda: PressConference | null, typed: PressConference): PressConference {
  return fromAgenda ?? typed;
}

/**
 * Whether the outcome can be embargoed until the press conference: only while it is to come. The
 * choice is always shown; `passed` and `unknown` say why it cannot be taken.
 */
export type EmbargoChoice = { state: "available"; at: Date } | { state: "passed"; at: Date } | { state: "unknown" };

export function embargoChoice(startsAt: string | Date | null | undefined, now: Date): EmbargoChoice {
  if (!startsAt) return { state: "unknown" };
  const at = startsAt instanceof Date ? startsAt : new Date(startsAt);
  if (Number.isNaN(at.getTime())) return { state: "unknown" };
  return at.getTime() > now.getTime() ? { state: "available", at } : { state: "passed", at };
}
