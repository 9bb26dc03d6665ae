// An agenda item as the values of its form: the day and times as the event's wall clock shows them.
import type { ContentTranslations } from "@/lib/content/translations";
import { translationFormValues } from "@/lib/content/translation-form";
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
  /** The versions in the event's other languages, by field name (`title_hy`). */
  translations: Record<string, string>;
};

export function itemToFormValues(
  item: {
    kind: string;
    title: string;
    description: string;
    place: string;
    translations?: ContentTranslations | null;
    startsAt: Date;
    endsAt: Date;
    visibility: string;
    closedDoor: boolean;
  },
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
    translations: translationFormValues(item.translations),
  };
}
