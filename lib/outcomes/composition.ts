import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { agendaItems, delegationMembers, delegations, outcomes, parties, people, recommendations, records } from "@/db/schema";
import type { OutcomeLink, PressConference } from "@/db/schema/outcomes";
import { PARTICIPATING } from "@/lib/agenda/queries";
import { audit } from "@/lib/audit/log";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { consentsVisibleTo } from "@/lib/delegations/consent";
import { getEventForOrganizer } from "@/lib/events/queries";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import { sourceLanguage } from "@/lib/content/translations";
import { agendaPressConference, hiddenAgendaPressConference, showAgendaPressConference } from "./press-conference";

/** The recommendations adopted on the board, in theme order: what the outcome announces. */
export async function listAdoptedRecommendations(db: Executor, eventId: string) {
  return db
    .select({
      id: recommendations.id,
      theme: recommendations.theme,
      text: recommendations.text,
      translations: recommendations.translations,
      itemTitle: agendaItems.title,
    })
    .from(recommendations)
    .innerJoin(records, eq(records.id, recommendations.recordId))
    .innerJoin(agendaItems, eq(agendaItems.id, records.agendaItemId))
    .where(and(eq(recommendations.eventId, eventId), eq(recommendations.adopted, true)))
    .orderBy(asc(recommendations.theme), asc(agendaItems.startsAt), asc(recommendations.position));
}

/**
 * The organizer's composition form: press conference, links, adopted recommendations and their
 * wording. `agendaPress` is the agenda's public press conference (in `reader`'s language) when the
 * agenda has one: the outcome takes it, and its own press-conference fields are not used.
 * `hiddenAgendaPress` is a press conference on the agenda the public may not see, not taken.
 */
export async function getOutcomeComposition(viewer: OrganizerViewer, eventId: string, reader?: string) {
  const event = await getEventForOrganizer(viewer, eventId, "outcomes");
  if (!event) return null;
  const db = await getDb();
  const [[outcome], adopted, speakers, agendaPress] = await Promise.all([
    db
      .select({ version: outcomes.version, pressConference: outcomes.pressConference, links: outcomes.links, wording: outcomes.recommendationWording })
      .from(outcomes)
      .where(eq(outcomes.eventId, event.id)),
    listAdoptedRecommendations(db, event.id),
    db
      .select({ personId: people.id, name: people.nameLatin, partyId: parties.id, partyName: parties.name })
      .from(delegationMembers)
      .innerJoin(people, eq(people.id, delegationMembers.personId))
      .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
      .innerJoin(parties, eq(parties.id, delegations.partyId))
      .where(and(eq(delegationMembers.eventId, event.id), inArray(delegationMembers.status, [...PARTICIPATING])))
      .orderBy(asc(parties.name), asc(people.nameLatin)),
    showAgendaPressConference(db, event, reader ?? sourceLanguage(event.languages)),
  ]);
  // A press conference on the agenda that is not public is not taken: the page says so.
  const hiddenAgendaPress = agendaPress ? null : await hiddenAgendaPressConference(db, event.id);
  return { event, outcome: outcome ?? null, adopted, speakers, agendaPress, hiddenAgendaPress };
}

export type CompositionInput = { version: number; pressConference: PressConference; links: OutcomeLink[]; wording: Record<string, string> };

/**
 * Saves the press conference, links and recommendation wording; refused over someone else's save.
 * With a press conference on the agenda, that one is written (the typed fields are not used).
 */
export async function saveOutcomeComposition(viewer: OrganizerViewer, eventId: string, input: CompositionInput): Promise<WriteResult<{ version: number }>> {
  const event = await getEventForOrganizer(viewer, eventId, "outcomes");
  if (!event) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [outcome] = await tx.select({ id: outcomes.id, version: outcomes.version }).from(outcomes).where(eq(outcomes.eventId, event.id)).for("update");
    if (!outcome) return refuse("errors.outcomeEmpty");
    if (outcome.version !== input.version) return refuse("errors.conflict");
    // Only people of this event speak at its press conference; only its adopted recommendations get a wording.
    const fromAgenda = await agendaPressConference(tx, event.id);
    const ids = fromAgenda ? fromAgenda.value.speakerIds : input.pressConference.speakerIds;
    const members = ids.length
      ? await tx
          .select({ id: delegationMembers.personId })
          .from(delegationMembers)
          .where(and(eq(delegationMembers.eventId, event.id), inArray(delegationMembers.personId, ids)))
      : [];
    const known = new Set(members.map((m) => m.id));
    const adopted = new Set((await listAdoptedRecommendations(tx, event.id)).map((r) => r.id));
    // By id in the first language, by `<id>:<language>` in the event's other languages: nothing else is kept.
    const others = event.languages.slice(1);
    const wording = Object.fromEntries(
      Object.entries(input.wording)
        .filter(([key, text]) => {
          const [id = "", language] = key.split(":");
          return adopted.has(id) && (language === undefined || others.includes(language)) && text.trim();
        })
        .map(([key, text]) => [key, text.trim()]),
    );
    const version = outcome.version + 1;
    await tx
      .update(outcomes)
      .set({
        pressConference: { ...(fromAgenda ? fromAgenda.value : input.pressConference), speakerIds: ids.filter((id) => known.has(id)) },
        links: input.links,
        recommendationWording: wording,
        version,
        updatedAt: new Date(),
      })
      .where(eq(outcomes.id, outcome.id));
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: "outcome.compose",
      entityType: "outcome",
      entityId: outcome.id,
      details: { version },
    });
    return ok({ version });
  });
}

/** Press-conference speakers as the public may see them: named only with public listing consent. */
export async function publicSpeakers(eventId: string, speakerIds: string[]) {
  if (speakerIds.length === 0) return [];
  const db = await getDb();
  return db
    .select({ name: people.nameLatin, partyName: parties.name })
    .from(delegationMembers)
    .innerJoin(people, eq(people.id, delegationMembers.personId))
    .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .where(
      and(
        eq(delegationMembers.eventId, eventId),
        inArray(delegationMembers.personId, speakerIds),
        inArray(delegationMembers.consent, consentsVisibleTo("public")),
      ),
    )
    .orderBy(asc(parties.name), asc(people.nameLatin));
}
