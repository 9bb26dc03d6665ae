import "server-only";
import { and, asc, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  agendaItemPeople,
  agendaItems,
  auditLog,
  calendarFeeds,
  checkIns,
  crossingPeople,
  crossingPoints,
  crossings,
  delegationMembers,
  delegations,
  deletionRequests,
  events,
  initiatives,
  invitations,
  mailOutbox,
  outcomeSignOffs,
  outcomeStatements,
  outcomes,
  parties,
  people,
  recordAttendance,
  records,
  signInLinks,
  travelDocuments,
  users,
} from "@/db/schema";
import { audit } from "@/lib/audit/log";
import type { DelegateViewer } from "@/lib/auth/viewer";
import { invitationState } from "@/lib/invitations/token";
import { EXPORT_SCHEMA_VERSION, exportableAuditDetails } from "./rules";

const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

/** Audit actions that name a person in their details rather than as the entity. */
const PERSON_IN_DETAILS = ["agenda_item.person_add", "agenda_item.person_remove"];

/**
 * Everything held about the signed-in delegate, and nobody else: their person row, account,
 * memberships, travel documents (in full: they are theirs), invitations, crossings, check-ins, agenda roles,
 * records, sign-offs, calendar feeds, sign-in links, messages sent to them, deletion requests and
 * the audit entries about them. Never a password hash, a token or its hash, a message body (it
 * carries a link), or another person's name, contact or id. The download itself is audited.
 * Returns null when the viewer has no person record.
 */
export async function exportMyData(viewer: DelegateViewer, now = new Date()) {
  if (viewer.personIds.length === 0) return null;
  const personIds = viewer.personIds;
  const db = await getDb();

  // One record per initiative that holds them: everything each one holds, side by side.
  const persons = await db
    .select({
      id: people.id,
      initiative: initiatives.name,
      nameLatin: people.nameLatin,
      nameNative: people.nameNative,
      organization: people.organization,
      position: people.position,
      sector: people.sector,
      email: people.email,
      phone: people.phone,
      createdAt: people.createdAt,
      updatedAt: people.updatedAt,
    })
    .from(people)
    .innerJoin(initiatives, eq(initiatives.id, people.initiativeId))
    .where(and(inArray(people.id, personIds), eq(people.userId, viewer.userId)))
    .orderBy(asc(initiatives.name));
  if (persons.length === 0) return null;

  const [account] = await db
    .select({ email: users.email, name: users.name, role: users.role, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, viewer.userId));

  const memberships = await db
    .select({
      id: delegationMembers.id,
      eventId: events.id,
      eventTitle: events.title,
      firstDay: events.firstDay,
      lastDay: events.lastDay,
      city: events.city,
      country: events.country,
      party: parties.name,
      role: delegationMembers.role,
      status: delegationMembers.status,
      consent: delegationMembers.consent,
      dietaryNeeds: delegationMembers.dietaryNeeds,
      accessibilityNeeds: delegationMembers.accessibilityNeeds,
      registeredAt: delegationMembers.registeredAt,
      createdAt: delegationMembers.createdAt,
      updatedAt: delegationMembers.updatedAt,
    })
    .from(delegationMembers)
    .innerJoin(events, eq(events.id, delegationMembers.eventId))
    .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .where(inArray(delegationMembers.personId, personIds))
    .orderBy(asc(events.firstDay), asc(events.title));
  const memberIds = memberships.map((m) => m.id);
  const eventTitle = new Map(memberships.map((m) => [m.eventId, m.eventTitle]));
  const byMember = <T>(run: (ids: string[]) => Promise<T[]>) => (memberIds.length ? run(memberIds) : Promise.resolve([] as T[]));

  const documents = await byMember((ids) =>
    db
      .select({
        eventId: travelDocuments.eventId,
        documentType: travelDocuments.documentType,
        documentNumber: travelDocuments.documentNumber,
        issuingCountry: travelDocuments.issuingCountry,
        nationality: travelDocuments.nationality,
        dateOfBirth: travelDocuments.dateOfBirth,
        expiresOn: travelDocuments.expiresOn,
        updatedAt: travelDocuments.updatedAt,
      })
      .from(travelDocuments)
      .where(inArray(travelDocuments.memberId, ids)),
  );

  const invitationRows = await byMember((ids) =>
    db
      .select({
        eventId: invitations.eventId,
        createdAt: invitations.createdAt,
        expiresAt: invitations.expiresAt,
        usedAt: invitations.usedAt,
        revokedAt: invitations.revokedAt,
        sendCount: invitations.sendCount,
        lastSentAt: invitations.lastSentAt,
      })
      .from(invitations)
      .where(inArray(invitations.memberId, ids)),
  );

  // Crossings: the passage itself, never the rest of the manifest or the organizers' notes.
  const crossingRows = await db
    .select({
      eventTitle: events.title,
      direction: crossings.direction,
      crossingPoint: crossingPoints.name,
      plannedAt: crossings.plannedAt,
      actualAt: crossings.actualAt,
    })
    .from(crossingPeople)
    .innerJoin(crossings, eq(crossings.id, crossingPeople.crossingId))
    .innerJoin(crossingPoints, eq(crossingPoints.id, crossings.crossingPointId))
    .innerJoin(events, eq(events.id, crossings.eventId))
    .where(inArray(crossingPeople.personId, personIds))
    .orderBy(asc(crossings.plannedAt));

  // Check-ins: where and when they were checked in (the venue on a day, or a crossing), not by whom.
  const checkInRows = await byMember((ids) =>
    db
      .select({
        eventId: checkIns.eventId,
        venueDay: checkIns.venueDay,
        direction: crossings.direction,
        crossingPoint: crossingPoints.name,
        checkedInAt: checkIns.checkedInAt,
        undoneAt: checkIns.undoneAt,
      })
      .from(checkIns)
      .leftJoin(crossings, eq(crossings.id, checkIns.crossingId))
      .leftJoin(crossingPoints, eq(crossingPoints.id, crossings.crossingPointId))
      .where(inArray(checkIns.memberId, ids))
      .orderBy(asc(checkIns.checkedInAt)),
  );

  const agendaRoles = await db
    .select({
      eventTitle: events.title,
      title: agendaItems.title,
      kind: agendaItems.kind,
      place: agendaItems.place,
      startsAt: agendaItems.startsAt,
      endsAt: agendaItems.endsAt,
      role: agendaItemPeople.role,
      deletedAt: agendaItems.deletedAt,
    })
    .from(agendaItemPeople)
    .innerJoin(agendaItems, eq(agendaItems.id, agendaItemPeople.agendaItemId))
    .innerJoin(events, eq(events.id, agendaItems.eventId))
    .where(inArray(agendaItemPeople.personId, personIds))
    .orderBy(asc(agendaItems.startsAt));

  // Records: that they wrote or attended one, not its text (which speaks of others too).
  const recordColumns = {
    eventTitle: events.title,
    agendaItem: agendaItems.title,
    startsAt: agendaItems.startsAt,
    status: records.status,
    updatedAt: records.updatedAt,
  };
  const rapporteurOf = await db
    .select(recordColumns)
    .from(records)
    .innerJoin(agendaItems, eq(agendaItems.id, records.agendaItemId))
    .innerJoin(events, eq(events.id, agendaItems.eventId))
    .where(eq(records.rapporteurUserId, viewer.userId));
  const attended = await db
    .select(recordColumns)
    .from(recordAttendance)
    .innerJoin(records, eq(records.id, recordAttendance.recordId))
    .innerJoin(agendaItems, eq(agendaItems.id, records.agendaItemId))
    .innerJoin(events, eq(events.id, agendaItems.eventId))
    .where(inArray(recordAttendance.personId, personIds));

  const signOffs = await db
    .select({
      eventTitle: events.title,
      language: outcomeStatements.language,
      party: parties.name,
      signedAt: outcomeSignOffs.signedAt,
    })
    .from(outcomeSignOffs)
    .innerJoin(outcomeStatements, eq(outcomeStatements.id, outcomeSignOffs.statementId))
    .innerJoin(outcomes, eq(outcomes.id, outcomeStatements.outcomeId))
    .innerJoin(events, eq(events.id, outcomes.eventId))
    .innerJoin(parties, eq(parties.id, outcomeSignOffs.partyId))
    .where(eq(outcomeSignOffs.signedBy, viewer.userId))
    .orderBy(asc(outcomeSignOffs.signedAt));

  const feeds = await db
    .select({
      createdAt: calendarFeeds.createdAt,
      revokedAt: calendarFeeds.revokedAt,
      lastFetchedAt: calendarFeeds.lastFetchedAt,
      fetchCount: calendarFeeds.fetchCount,
    })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.userId, viewer.userId))
    .orderBy(asc(calendarFeeds.createdAt));

  const links = await db
    .select({ createdAt: signInLinks.createdAt, expiresAt: signInLinks.expiresAt, usedAt: signInLinks.usedAt })
    .from(signInLinks)
    .where(eq(signInLinks.userId, viewer.userId))
    .orderBy(asc(signInLinks.createdAt));

  // Messages sent to them: what and when, not the body (an invitation or sign-in link lives there).
  const addresses = [...new Set([...persons.map((p) => p.email), account?.email].filter((e): e is string => Boolean(e)).map((e) => e.toLowerCase()))];
  const messages = addresses.length
    ? await db
        .select({
          kind: mailOutbox.kind,
          subject: mailOutbox.subject,
          status: mailOutbox.status,
          createdAt: mailOutbox.createdAt,
          deliveredAt: mailOutbox.deliveredAt,
        })
        .from(mailOutbox)
        .where(inArray(sql`lower(${mailOutbox.toAddress})`, addresses))
        .orderBy(asc(mailOutbox.createdAt))
    : [];

  const requests = await db
    .select({
      status: deletionRequests.status,
      reason: deletionRequests.reason,
      requestedAt: deletionRequests.requestedAt,
      decidedAt: deletionRequests.decidedAt,
      decisionNote: deletionRequests.decisionNote,
    })
    .from(deletionRequests)
    .where(inArray(deletionRequests.personId, personIds))
    .orderBy(asc(deletionRequests.requestedAt));

  // The audit entries they made, and those about them (their memberships, their person record).
  const about: SQL[] = [
    eq(auditLog.actorUserId, viewer.userId),
    and(eq(auditLog.entityType, "person"), inArray(auditLog.entityId, personIds))!,
    and(inArray(auditLog.action, PERSON_IN_DETAILS), inArray(sql`${auditLog.details}->>'personId'`, personIds))!,
  ];
  if (memberIds.length) about.push(and(eq(auditLog.entityType, "delegation_member"), inArray(auditLog.entityId, memberIds))!);
  const ownIds = new Set([...personIds, viewer.userId, ...memberIds]);
  const auditRows = await db
    .select({
      at: auditLog.at,
      action: auditLog.action,
      actorUserId: auditLog.actorUserId,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      eventTitle: events.title,
      details: auditLog.details,
    })
    .from(auditLog)
    .leftJoin(events, eq(events.id, auditLog.eventId))
    .where(or(...about))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(5000);

  const result = {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    people: persons.map((person) => ({
      id: person.id,
      initiative: person.initiative,
      nameLatin: person.nameLatin,
      nameNative: person.nameNative,
      organization: person.organization,
      position: person.position,
      sector: person.sector,
      email: person.email,
      phone: person.phone,
      createdAt: iso(person.createdAt),
      updatedAt: iso(person.updatedAt),
    })),
    account: account ? { email: account.email, name: account.name, role: account.role, createdAt: iso(account.createdAt) } : null,
    memberships: memberships.map((m) => ({
      id: m.id,
      event: { title: m.eventTitle, firstDay: m.firstDay, lastDay: m.lastDay, city: m.city, country: m.country },
      party: m.party,
      role: m.role,
      status: m.status,
      consent: m.consent,
      dietaryNeeds: m.dietaryNeeds,
      accessibilityNeeds: m.accessibilityNeeds,
      registeredAt: iso(m.registeredAt),
      addedAt: iso(m.createdAt),
      updatedAt: iso(m.updatedAt),
    })),
    travelDocuments: documents.map((d) => ({
      event: eventTitle.get(d.eventId) ?? null,
      documentType: d.documentType,
      documentNumber: d.documentNumber,
      issuingCountry: d.issuingCountry,
      nationality: d.nationality,
      dateOfBirth: d.dateOfBirth,
      expiresOn: d.expiresOn,
      updatedAt: iso(d.updatedAt),
    })),
    invitations: invitationRows.map((i) => ({
      event: eventTitle.get(i.eventId) ?? null,
      state: invitationState(i, now),
      createdAt: iso(i.createdAt),
      expiresAt: iso(i.expiresAt),
      usedAt: iso(i.usedAt),
      revokedAt: iso(i.revokedAt),
      lastSentAt: iso(i.lastSentAt),
      sendCount: i.sendCount,
    })),
    crossings: crossingRows.map((c) => ({
      event: c.eventTitle,
      direction: c.direction,
      crossingPoint: c.crossingPoint,
      plannedAt: iso(c.plannedAt),
      actualAt: iso(c.actualAt),
    })),
    checkIns: checkInRows.map((c) => ({
      event: eventTitle.get(c.eventId) ?? null,
      at: c.venueDay ? { venueOn: c.venueDay } : { crossing: { direction: c.direction, crossingPoint: c.crossingPoint } },
      checkedInAt: iso(c.checkedInAt),
      undoneAt: iso(c.undoneAt),
    })),
    agendaItems: agendaRoles.map((a) => ({
      event: a.eventTitle,
      title: a.title,
      kind: a.kind,
      place: a.place,
      startsAt: iso(a.startsAt),
      endsAt: iso(a.endsAt),
      role: a.role,
      removedFromAgenda: a.deletedAt !== null,
    })),
    records: [...rapporteurOf.map((r) => ({ ...r, as: "rapporteur" as const })), ...attended.map((r) => ({ ...r, as: "attendee" as const }))]
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
      .map((r) => ({ event: r.eventTitle, agendaItem: r.agendaItem, startsAt: iso(r.startsAt), as: r.as, status: r.status, updatedAt: iso(r.updatedAt) })),
    signOffs: signOffs.map((s) => ({ event: s.eventTitle, language: s.language, party: s.party, signedAt: iso(s.signedAt) })),
    calendarFeeds: feeds.map((f) => ({
      active: f.revokedAt === null,
      createdAt: iso(f.createdAt),
      revokedAt: iso(f.revokedAt),
      lastFetchedAt: iso(f.lastFetchedAt),
      fetchCount: f.fetchCount,
    })),
    signInLinks: links.map((l) => ({ createdAt: iso(l.createdAt), expiresAt: iso(l.expiresAt), usedAt: iso(l.usedAt) })),
    messagesSentToYou: messages.map((m) => ({
      kind: m.kind,
      subject: m.subject,
      status: m.status,
      createdAt: iso(m.createdAt),
      deliveredAt: iso(m.deliveredAt),
    })),
    deletionRequests: requests.map((r) => ({
      status: r.status,
      reason: r.reason,
      requestedAt: iso(r.requestedAt),
      decidedAt: iso(r.decidedAt),
      decisionNote: r.decisionNote,
    })),
    auditLog: auditRows.map((entry) => ({
      at: iso(entry.at),
      action: entry.action,
      byYou: entry.actorUserId === viewer.userId,
      event: entry.eventTitle,
      entityType: entry.entityType,
      // Their own ids only: another entity's id (an agenda item, someone's membership) is left out.
      entityId: ownIds.has(entry.entityId) ? entry.entityId : null,
      details: exportableAuditDetails(entry.details),
    })),
  };

  await audit(db, { actorUserId: viewer.userId, action: "my_data.export", entityType: "user", entityId: viewer.userId, details: { people: persons.length } });
  return result;
}

export type MyDataExport = NonNullable<Awaited<ReturnType<typeof exportMyData>>>;
