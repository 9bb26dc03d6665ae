// Where an event's schedule export is served (app/events/[slug]/schedule.xml and .json): the
// event page links it, the export names itself by it.

export type ScheduleFormat = "xml" | "json";

/** The export's address; `lang` only when it is not the event's first language. */
export function scheduleExportPath(slug: string, format: ScheduleFormat, lang?: string): string {
  return `/events/${encodeURIComponent(slug)}/schedule.${format}${lang ? `?lang=${encodeURIComponent(lang)}` : ""}`;
}
