// Where each item sits in a day column of the timetable grid: minutes from the top of the
// grid and a lane, so that items at the same time stand side by side instead of on top of
// each other. Pure; positions are in the event's zone.
import { DateTime } from "luxon";

export type PlacedItem<T> = { item: T; top: number; height: number; lane: number; lanes: number };

type Timed = { startsAt: Date; endsAt: Date };

function minutesInto(day: string, instant: Date, zone: string): number {
  const start = DateTime.fromISO(day, { zone }).startOf("day");
  return Math.round(DateTime.fromJSDate(instant, { zone }).diff(start, "minutes").minutes);
}

/** The hours the grid shows: from the earliest start to the latest end over all days, whole hours. */
export function gridHours<T extends Timed>(days: { day: string; items: T[] }[], zone: string): { from: number; to: number } {
  let from = 9 * 60;
  let to = 18 * 60;
  for (const { day, items } of days) {
    for (const item of items) {
      from = Math.min(from, minutesInto(day, item.startsAt, zone));
      to = Math.max(to, Math.min(minutesInto(day, item.endsAt, zone), 24 * 60));
    }
  }
  return { from: Math.floor(from / 60), to: Math.ceil(to / 60) };
}

/** Places one day's items: top and height in minutes from `fromHour`, and side-by-side lanes for overlaps. */
export function placeDay<T extends Timed>(day: string, items: T[], zone: string, fromHour: number): PlacedItem<T>[] {
  const sorted = [...items].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || b.endsAt.getTime() - a.endsAt.getTime());
  const placed: PlacedItem<T>[] = [];
  let cluster: PlacedItem<T>[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = -Infinity;
  const closeCluster = () => {
    for (const entry of cluster) entry.lanes = laneEnds.length;
    cluster = [];
    laneEnds = [];
  };
  for (const item of sorted) {
    const start = item.startsAt.getTime();
    const end = item.endsAt.getTime();
    if (start >= clusterEnd) closeCluster();
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= start);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(end);
    } else {
      laneEnds[lane] = end;
    }
    clusterEnd = Math.max(clusterEnd, end);
    const top = minutesInto(day, item.startsAt, zone) - fromHour * 60;
    const bottom = Math.min(minutesInto(day, item.endsAt, zone), 24 * 60) - fromHour * 60;
    const entry: PlacedItem<T> = { item, top, height: Math.max(bottom - top, 15), lane, lanes: 1 };
    cluster.push(entry);
    placed.push(entry);
  }
  closeCluster();
  return placed;
}
