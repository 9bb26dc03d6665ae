// The columns of an agenda item that screens and releases read, and the columns a save writes.
// No "server-only": the demo seed (plain Node) snapshots releases with them too.
import { agendaItems } from "@/db/schema";
import { AGENDA_TEXT_FIELDS } from "@/lib/content/fields";
import { translationsFromInput } from "@/lib/content/translation-form";
import type { AgendaItemInput } from "./schema";

export const itemColumns = {
  id: agendaItems.id,
  kind: agendaItems.kind,
  title: agendaItems.title,
  description: agendaItems.description,
  place: agendaItems.place,
  translations: agendaItems.translations,
  startsAt: agendaItems.startsAt,
  endsAt: agendaItems.endsAt,
  visibility: agendaItems.visibility,
  closedDoor: agendaItems.closedDoor,
};

/** What a create or an edit stores, once the wall-clock times are resolved to instants. */
export function itemValues(input: AgendaItemInput, timing: { startsAt: Date; endsAt: Date }, languages: readonly string[]) {
  return {
    kind: input.kind,
    title: input.title,
    description: input.description,
    place: input.place,
    translations: translationsFromInput(input, AGENDA_TEXT_FIELDS, languages),
    startsAt: timing.startsAt,
    endsAt: timing.endsAt,
    visibility: input.visibility,
    closedDoor: input.closedDoor,
  };
}
