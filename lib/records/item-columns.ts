import { agendaItems } from "@/db/schema";

/** The agenda item's columns every list of records shows: what it is, when, and whether closed-door. */
export const recordItemColumns = {
  itemId: agendaItems.id,
  title: agendaItems.title,
  kind: agendaItems.kind,
  startsAt: agendaItems.startsAt,
  endsAt: agendaItems.endsAt,
  closedDoor: agendaItems.closedDoor,
};
