// An agenda item as the values of its form: the day and times as the event's wall clock shows them.
import { instantToZonedParts } from "@/lib/time/zoned";

export type AgendaFormValues = {
  kind: string;
  title: string;
  description: string;
  place: string;
  day: string;
  startTime: string;
  endTime: string;
  visibility: string;
  closedDoor: boolean;
};

export function itemToFormValues(
  item: { kind: string; title: string; description: string; place: string; startsAt: Date; endsAt: Date; visibility: string; closedDoor: boolean },
  zone: string,
): AgendaFormValues {
  const start = instantToZonedParts(item.startsAt, zone);
  const end = instantToZonedParts(item.endsAt, zone);
  return {
    kind: item.kind,
    title: item.title,
    description: item.description,
    place: item.place,
    day: start.date,
    startTime: start.time,
    // An item ending at midnight ends "00:00" on the next day: the form shows 00:00.
    endTime: end.time,
    visibility: item.visibility,
    closedDoor: item.closedDoor,
  };
}
