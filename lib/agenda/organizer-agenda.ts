import "server-only";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import type { OrganizerEvent } from "@/lib/events/queries";
import { checkAgenda, type Finding } from "./checks";
import { listParticipants } from "./participants";
import { listAgendaForOrganizer } from "./queries";

/**
 * Everything an organizer screen shows about the agenda: items, who is on them, and the checks.
 * With `reader` (the printed programme's language), officials' positions come in that language.
 */
export async function loadOrganizerAgenda(viewer: OrganizerViewer, event: OrganizerEvent, reader?: string) {
  const items = (await listAgendaForOrganizer(viewer, event.id)) ?? [];
  const participants = await listParticipants(
    items.map((item) => item.id),
    "organizer",
    reader,
  );
  const findings: Finding[] = checkAgenda(
    items.map((item) => ({
      ...item,
      people: (participants.get(item.id)?.people ?? []).map(({ personId, role, partyId, notComing }) => ({ personId, role, partyId, notComing })),
      officialIds: (participants.get(item.id)?.officials ?? []).map((official) => official.id),
    })),
    { firstDay: event.firstDay, lastDay: event.lastDay, timeZone: event.timeZone, partyIds: event.parties.map((p) => p.id) },
  );
  return { items, participants, findings };
}

export type OrganizerAgenda = Awaited<ReturnType<typeof loadOrganizerAgenda>>;
