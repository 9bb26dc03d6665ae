// The fields organizers can write in each of an event's working languages.

/** Of an event: what its public page, the schedules and the printed programme head with. */
export const EVENT_TEXT_FIELDS = ["title", "venueName", "city"] as const;
export type EventTextField = (typeof EVENT_TEXT_FIELDS)[number];

/** Of an agenda item. */
export const AGENDA_TEXT_FIELDS = ["title", "description", "place"] as const;
export type AgendaTextField = (typeof AGENDA_TEXT_FIELDS)[number];

/** Of a recommendation: its text, in the records editor, the outcome and everything publishing it. */
export const RECOMMENDATION_TEXT_FIELDS = ["text"] as const;
export type RecommendationTextField = (typeof RECOMMENDATION_TEXT_FIELDS)[number];

// Initiative-level records, read in the context of one event: versions in any working language.

/** Of a crossing point: what a delegate's schedule and calendar say they cross at. */
export const CROSSING_POINT_TEXT_FIELDS = ["name"] as const;
export type CrossingPointTextField = (typeof CROSSING_POINT_TEXT_FIELDS)[number];

/** Of an official: the name is theirs as written; the position is what readers need in their language. */
export const OFFICIAL_TEXT_FIELDS = ["position"] as const;
export type OfficialTextField = (typeof OFFICIAL_TEXT_FIELDS)[number];
