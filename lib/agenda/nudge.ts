// Keyboard nudging in the timetable (issue #19 point 4): with an item's Move handle focused,
// Alt+ArrowUp/Down moves it 15 minutes earlier/later, Alt+ArrowLeft/Right to the previous/next day,
// or in the "By place" layout to the previous/next place column. Pure: where the item would go, or
// why it can't (nothing is sent then). The server checks the move again (lib/agenda/move.ts).

export const NUDGE_MINUTES = 15;
const MINUTES_PER_DAY = 24 * 60;

export type NudgeKey = "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight";
export type NudgeTarget = { day: string; startTime: string; place: string };
export type NudgeRefusal = "startsBeforeDay" | "endsAfterDay" | "dayOutsideEvent" | "noOtherPlace";
export type NudgeResult = { ok: true; to: NudgeTarget } | { ok: false; reason: NudgeRefusal };

export function isNudgeKey(key: string): key is NudgeKey {
  return key === "ArrowUp" || key === "ArrowDown" || key === "ArrowLeft" || key === "ArrowRight";
}

function toMinutes(time: string): number {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  return hours * 60 + minutes;
}

function toClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/**
 * Where a nudge takes an item. `days` are the event's days in order; `places`, when given, are the
 * place columns of the "By place" layout in order (left/right then moves between them, same day).
 */
export function nudge(
  item: { day: string; startTime: string; place: string; minutes: number },
  key: NudgeKey,
  frame: { days: string[]; places?: string[] },
): NudgeResult {
  const here = { day: item.day, startTime: item.startTime, place: item.place };
  if (key === "ArrowUp" || key === "ArrowDown") {
    const start = toMinutes(item.startTime) + (key === "ArrowUp" ? -NUDGE_MINUTES : NUDGE_MINUTES);
    if (start < 0) return { ok: false, reason: "startsBeforeDay" };
    if (start + item.minutes > MINUTES_PER_DAY) return { ok: false, reason: "endsAfterDay" };
    return { ok: true, to: { ...here, startTime: toClock(start) } };
  }
  const step = key === "ArrowLeft" ? -1 : 1;
  if (frame.places) {
    const next = frame.places[frame.places.indexOf(item.place) + step];
    if (next === undefined || !frame.places.includes(item.place)) return { ok: false, reason: "noOtherPlace" };
    return { ok: true, to: { ...here, place: next } };
  }
  const index = frame.days.indexOf(item.day);
  const next = index === -1 ? undefined : frame.days[index + step];
  if (next === undefined) return { ok: false, reason: "dayOutsideEvent" };
  return { ok: true, to: { ...here, day: next } };
}
