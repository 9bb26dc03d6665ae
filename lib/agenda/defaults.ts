// Defaults for the next agenda item, so building a programme is mostly typing titles: the day
// the organizer last worked on, starting where that day's programme ends, lasting as long as the
// item they added last.
import { DateTime } from "luxon";
import { instantToZonedParts } from "@/lib/time/zoned";

export type ExistingItem = { startsAt: Date; endsAt: Date; createdAt: Date };
export type NextSlot = { day: string; startTime: string; endTime: string };

const DEFAULT_START = "09:00";
const DEFAULT_MINUTES = 60;

export function suggestNextSlot(items: ExistingItem[], eventDays: string[], zone: string): NextSlot {
  const lastAdded = [...items].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  const lastDay = lastAdded ? instantToZonedParts(lastAdded.startsAt, zone).date : undefined;
  const day = lastDay && eventDays.includes(lastDay) ? lastDay : (eventDays[0] ?? "");
  const minutes = lastAdded ? Math.round((lastAdded.endsAt.getTime() - lastAdded.startsAt.getTime()) / 60_000) : DEFAULT_MINUTES;

  const sameDay = items.filter((item) => instantToZonedParts(item.startsAt, zone).date === day);
  const latestEnd = sameDay.reduce<Date | undefined>((latest, item) => (!latest || item.endsAt > latest ? item.endsAt : latest), undefined);
  const latestEndParts = latestEnd ? instantToZonedParts(latestEnd, zone) : undefined;
  // A day whose programme already runs past midnight has no free slot after it: start at the default.
  const startTime = latestEndParts && latestEndParts.date === day ? latestEndParts.time : DEFAULT_START;

  const start = DateTime.fromISO(`${day}T${startTime}`, { zone });
  const end = start.plus({ minutes: Math.max(minutes, 5) });
  const endTime = end.toFormat("yyyy-MM-dd") === day ? end.toFormat("HH:mm") : "00:00";
  return { day, startTime, endTime };
}
