import { z } from "zod";
import { agendaItemKind, visibility } from "@/db/schema/enums";
import { translationInputs } from "@/lib/content/translation-form";
import { checkbox, clockTime, formVersion, isoDate, optionalText, requiredText } from "@/lib/forms/fields";

export const AGENDA_KINDS = agendaItemKind.enumValues;
export const VISIBILITIES = visibility.enumValues;

export const agendaItemInput = z.object({
  kind: z.enum(AGENDA_KINDS, { error: "required" }),
  title: requiredText(200),
  description: optionalText(2000),
  place: optionalText(200),
  day: isoDate,
  startTime: clockTime,
  endTime: clockTime,
  visibility: z.enum(VISIBILITIES, { error: "required" }),
  closedDoor: checkbox,
  ...translationInputs({ title: 200, description: 2000, place: 200 }),
});

export type AgendaItemInput = z.output<typeof agendaItemInput>;

export const releaseInput = z.object({
  note: optionalText(500),
  /** Why release over clashes; required (by the release) only when the agenda has some. */
  clashOverride: optionalText(500),
  /** The version number the organizer saw offered: someone else's release in between is a conflict. */
  expectedVersion: formVersion(),
});

/** An edit of an item: its fields and the version the editor loaded (a save over someone else's is a conflict). */
export const agendaItemUpdateInput = agendaItemInput.extend({
  version: formVersion(),
});

/**
 * A move in the timetable: the new day, start (wall clock in the event's zone) and place, and the
 * version the organizer saw (a move over someone else's newer save is a conflict). The duration stays.
 */
export const agendaMoveInput = z.object({
  day: isoDate,
  startTime: clockTime,
  place: optionalText(200),
  version: formVersion(),
});

export type AgendaMoveInput = z.output<typeof agendaMoveInput>;
