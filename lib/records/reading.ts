import "server-only";
import { and, asc, count, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  agendaItems,
  delegationMembers,
  delegations,
  events,
  officials,
  parties,
  people,
  recommendations,
  recordAttendance,
  recordOfficials,
  recordSpeakers,
  records,
} from "@/db/schema";
import { visibilitiesFor } from "@/lib/agenda/rules";
import { localizedText, sourceLanguage } from "@/lib/content/translations";
import { consentsVisibleTo } from "@/lib/delegations/consent";

export type ReadingAudience = "public" | "delegate";

/**
 * Final records as the public or delegates read them. The public: only public agenda items, never
 * a record marked not for publication. Delegates: items delegates may see. Attendance is counted
 * per party, never listed; who spoke is named only as the audience's listing consent allows, and
 * never for a closed-door item (Chatham House: no attribution). Never contact data. Recommendations
 * in `reader`'s language where the record has that version, else the event's first, marked by `shownIn`.
 */
export async function listFinalRecords(eventIds: string[], audience: ReadingAudience, window?: { limit: number; offset: number }, reader?: string) {
  if (eventIds.length === 0) return [];
  const db = await getDb();
  const query = db
    .select({
      recordId: records.id,
      eventId: agendaItems.eventId,
      itemId: agendaItems.id,
      title: agendaItems.title,
      kind: agendaItems.kind,
      startsAt: agendaItems.startsAt,
      endsAt: agendaItems.endsAt,
      closedDoor: agendaItems.closedDoor,
      summary: records.summary,
      keyPoints: records.keyPoints,
      topics: records.topics,
      finalizedAt: records.finalizedAt,
      languages: events.languages,
    })
    .from(records)
    .innerJoin(agendaItems, eq(agendaItems.id, records.agendaItemId))
    .innerJoin(events, eq(events.id, agendaItems.eventId))
    .where(readable(eventIds, audience))
    // By start, then title, then id: a stable order, so pages of a long list never overlap.
    .orderBy(asc(agendaItems.startsAt), asc(agendaItems.title), asc(records.id))
    .$dynamic();
  const rows = await (window ? query.limit(window.limit).offset(window.offset) : query);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.recordId);
  const open = rows.filter((r) => !r.closedDoor).map((r) => r.recordId);
  const [attendance, met, speakers, recs] = await Promise.all([
    db
      .select({ recordId: recordAttendance.recordId, partyName: parties.name, present: count() })
      .from(recordAttendance)
      .innerJoin(records, eq(records.id, recordAttendance.recordId))
      .innerJoin(agendaItems, eq(agendaItems.id, records.agendaItemId))
      .innerJoin(delegationMembers, and(eq(delegationMembers.personId, recordAttendance.personId), eq(delegationMembers.eventId, agendaItems.eventId)))
      .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
      .innerJoin(parties, eq(parties.id, delegations.partyId))
      .where(inArray(recordAttendance.recordId, ids))
      .groupBy(recordAttendance.recordId, parties.name)
      .orderBy(asc(parties.name)),
    db
      .select({ recordId: recordOfficials.recordId, name: officials.name, position: officials.position, institution: officials.institution })
      .from(recordOfficials)
      .innerJoin(officials, eq(officials.id, recordOfficials.officialId))
      .where(inArray(recordOfficials.recordId, ids))
      .orderBy(asc(officials.name)),
    open.length
      ? db
          .select({ recordId: recordSpeakers.recordId, name: people.nameLatin, partyName: parties.name })
          .from(recordSpeakers)
          .innerJoin(records, eq(records.id, recordSpeakers.recordId))
          .innerJoin(agendaItems, eq(agendaItems.id, records.agendaItemId))
          .innerJoin(people, eq(people.id, recordSpeakers.personId))
          .innerJoin(delegationMembers, and(eq(delegationMembers.personId, recordSpeakers.personId), eq(delegationMembers.eventId, agendaItems.eventId)))
          .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
          .innerJoin(parties, eq(parties.id, delegations.partyId))
          // Consent in the WHERE clause: an unlisted speaker is never read for this audience.
          .where(and(inArray(recordSpeakers.recordId, open), inArray(delegationMembers.consent, consentsVisibleTo(audience))))
          .orderBy(asc(parties.name), asc(people.nameLatin))
      : Promise.resolve([]),
    db
      .select({
        recordId: recommendations.recordId,
        theme: recommendations.theme,
        text: recommendations.text,
        translations: recommendations.translations,
        adopted: recommendations.adopted,
      })
      .from(recommendations)
      .where(inArray(recommendations.recordId, ids))
      .orderBy(asc(recommendations.position), asc(recommendations.createdAt)),
  ]);
  return rows.map(({ languages, ...r }) => ({
    ...r,
    attendance: attendance.filter((a) => a.recordId === r.recordId).map(({ partyName, present }) => ({ partyName, present })),
    // Chatham House covers everyone in the room, officials too.
    officials: r.closedDoor ? [] : met.filter((o) => o.recordId === r.recordId).map(({ name, position, institution }) => ({ name, position, institution })),
    speakers: r.closedDoor ? [] : speakers.filter((s) => s.recordId === r.recordId).map(({ name, partyName }) => ({ name, partyName })),
    recommendations: recs
      .filter((x) => x.recordId === r.recordId)
      .map(({ theme, text, translations, adopted }) => {
        const shown = localizedText(text, translations, "text", reader ?? sourceLanguage(languages), languages);
        return { theme, text: shown.text, adopted, ...(shown.fallback ? { shownIn: shown.lang } : {}) };
      }),
  }));
}

/** Final records `audience` may read in these events: the rule, for a WHERE clause. */
function readable(eventIds: string[], audience: ReadingAudience) {
  return and(
    inArray(agendaItems.eventId, eventIds),
    isNull(agendaItems.deletedAt),
    eq(records.status, "final"),
    inArray(agendaItems.visibility, visibilitiesFor(audience)),
    audience === "public" ? eq(records.notForPublication, false) : undefined,
  );
}

/** How many final records `audience` may read in these events (what listFinalRecords lists). */
export async function countFinalRecords(eventIds: string[], audience: ReadingAudience): Promise<number> {
  if (eventIds.length === 0) return 0;
  const db = await getDb();
  const [row] = await db
    .select({ total: count() })
    .from(records)
    .innerJoin(agendaItems, eq(agendaItems.id, records.agendaItemId))
    .where(readable(eventIds, audience));
  return row?.total ?? 0;
}

export type FinalRecord = Awaited<ReturnType<typeof listFinalRecords>>[number];
