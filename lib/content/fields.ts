// The fields organizers can write in each of an event's working languages.

/** Of an event: what its public page, the schedules and the printed programme head with. */
export const EVENT_TEXT_FIELDS = ["title", "venueName", "city"] as const;
export type EventTextField = (typeof EVENT_TEXT_FIELDS)[number];

/** Of an agenda item. */
export const AGENDA_TEXT_FIELDS = ["title", "description", "place"] as const;
export type AgendaTextField = (typeof AGENDA_TEXT_FIELDS)[number];
