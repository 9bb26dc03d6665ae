import "server-only";
import { and, asc, eq, inArray, isNull, or } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { delegationMembers, delegations, events, outcomeSignOffs, outcomeStatements, outcomes, parties, people, users } from "@/db/schema";
import { PARTICIPATING } from "@/lib/agenda/queries";
import { audit } from "@/lib/audit/log";
import type { DelegateViewer, OrganizerViewer } from "@/lib/auth/viewer";
import { getEventForOrganizer } from "@/lib/events/queries";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import { isUuid } from "@/lib/uuid";
import { createTranslator } from "next-intl";
import { loadMessages } from "@/i18n/messages";
import type { MailContext } from "@/lib/invitations/issue";
import { deliverMail } from "@/lib/mail/deliver";
import { enqueueMail } from "@/lib/mail/outbox";
import { sourceLanguage } from "@/lib/content/translations";
import { listAdoptedRecommendations } from "./composition";
import { localizeRecommendation, outcomeRecommendations } from "./composition-rules";
import { signedHash, signOffMatrix, type SignedRecommendation } from "./sign-off-rules";
import { firstSignInLink, SIGN_OFF_LINK_HOURS } from "./signatory-access";

/**
 * The adopted recommendations as each language version of the outcome would publish them now (in
 * that language, or the fallback it shows): part of what a sign-off of that version covers.
 */
async function signedRecommendations(db: Executor, eventId: string): Promise<(language: string) => SignedRecommendation[]> {
  const [[row], adopted] = await Promise.all([
    db
      .select({ languages: events.languages, wording: outcomes.recommendationWording })
      .from(events)
      .leftJoin(outcomes, eq(outcomes.eventId, events.id))
      .where(eq(events.id, eventId)),
    listAdoptedRecommendations(db, eventId),
  ]);
  const languages = row?.languages ?? [];
  const published = outcomeRecommendations(adopted, row?.wording ?? {}, languages);
  const first = sourceLanguage(languages);
  return (language) => published.map((r) => localizeRecommendation(r, language, first)).map(({ theme, text }) => ({ theme, text }));
}

/** The draft statements, each with the recommendations it publishes, and every sign-off bound to them, for one event's outcome. */
async function statementsAndSignOffs(db: Executor, eventId: string) {
  const [found, inLanguage] = await Promise.all([
    db
      .select({ id: outcomeStatements.id, language: outcomeStatements.language, text: outcomeStatements.text, outcomeVersion: outcomes.version })
      .from(outcomeStatements)
      .innerJoin(outcomes, eq(outcomes.id, outcomeStatements.outcomeId))
      .where(eq(outcomes.eventId, eventId))
      .orderBy(asc(outcomeStatements.language)),
    signedRecommendations(db, eventId),
  ]);
  const statements = found.map((s) => ({ ...s, recommendations: inLanguage(s.language) }));
  const rows = statements.length
    ? await db
        .select({
          statementId: outcomeSignOffs.statementId,
          partyId: outcomeSignOffs.partyId,
          textHash: outcomeSignOffs.textHash,
          signedAt: outcomeSignOffs.signedAt,
          signedByName: users.name,
        })
        .from(outcomeSignOffs)
        .leftJoin(users, eq(users.id, outcomeSignOffs.signedBy))
        .where(
          inArray(
            outcomeSignOffs.statementId,
            statements.map((s) => s.id),
          ),
        )
    : [];
  return { statements, rows };
}

/**
 * Who signs for each party at an event: the designated signatory, else the head of delegation;
 * with whether they have an account to sign in with.
 */
async function signatories(db: Executor, eventId: string) {
  const rows = await db
    .select({
      partyId: parties.id,
      partyName: parties.name,
      delegationId: delegations.id,
      designated: delegations.signatoryPersonId,
      personId: delegationMembers.personId,
      role: delegationMembers.role,
      name: people.nameLatin,
      personEmail: people.email,
      userId: users.id,
      accountEmail: users.email,
    })
    .from(delegations)
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .leftJoin(delegationMembers, and(eq(delegationMembers.delegationId, delegations.id), inArray(delegationMembers.status, [...PARTICIPATING])))
    .leftJoin(people, eq(people.id, delegationMembers.personId))
    .leftJoin(users, eq(users.id, people.userId))
    .where(eq(delegations.eventId, eventId))
    .orderBy(asc(parties.name), asc(people.nameLatin));
  const byParty = new Map<string, { partyId: string; partyName: string; members: typeof rows; signatory: (typeof rows)[number] | null; designated: boolean }>();
  for (const row of rows) {
    const entry = byParty.get(row.partyId) ?? {
      partyId: row.partyId,
      partyName: row.partyName,
      members: [],
      signatory: null,
      designated: row.designated !== null,
    };
    if (row.personId) entry.members.push(row);
    byParty.set(row.partyId, entry);
  }
  for (const entry of byParty.values()) {
    const designated = entry.members[0]?.designated;
    entry.signatory = entry.members.find((m) => (designated ? m.personId === designated : m.role === "head")) ?? null;
  }
  return [...byParty.values()];
}

/**
 * The sign-off matrix of an event's outcome, on the executor given: inside a transaction, pass the
 * transaction (PGlite has one connection: no query may run beside an open transaction).
 */
export async function signOffMatrixFor(db: Executor, eventId: string) {
  const [{ statements, rows }, signers] = await Promise.all([statementsAndSignOffs(db, eventId), signatories(db, eventId)]);
  return signOffMatrix(
    statements,
    signers.map((s) => s.partyId),
    rows,
  );
}

/** The organizer's view: the sign-off of every language version by every party, and who signs. */
export async function getSignOffOverview(viewer: OrganizerViewer, eventId: string) {
  const event = await getEventForOrganizer(viewer, eventId, "outcomes");
  if (!event) return null;
  const db = await getDb();
  const [{ statements, rows }, signers] = await Promise.all([statementsAndSignOffs(db, event.id), signatories(db, event.id)]);
  return {
    matrix: signOffMatrix(
      statements,
      signers.map((s) => s.partyId),
      rows,
    ),
    parties: signers.map((s) => ({
      partyId: s.partyId,
      partyName: s.partyName,
      signatory: s.signatory
        ? { personId: s.signatory.personId!, name: s.signatory.name ?? "", hasAccount: s.signatory.userId !== null, designated: s.designated }
        : null,
      candidates: s.members.map((m) => ({ personId: m.personId!, name: m.name ?? "" })),
    })),
  };
}

/** The organizer designates who signs for a party (null: the head of delegation again). */
export async function setSignatory(viewer: OrganizerViewer, eventId: string, partyId: string, personId: string | null): Promise<WriteResult<undefined>> {
  const event = await getEventForOrganizer(viewer, eventId, "outcomes");
  if (!event || !isUuid(partyId) || (personId !== null && !isUuid(personId))) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [delegation] = await tx
      .select({ id: delegations.id })
      .from(delegations)
      .where(and(eq(delegations.eventId, event.id), eq(delegations.partyId, partyId)));
    if (!delegation) return refuse("errors.notFound");
    if (personId) {
      const [member] = await tx
        .select({ id: delegationMembers.id })
        .from(delegationMembers)
        .where(
          and(
            eq(delegationMembers.delegationId, delegation.id),
            eq(delegationMembers.personId, personId),
            inArray(delegationMembers.status, [...PARTICIPATING]),
          ),
        );
      if (!member) return refuse("signatoryNotInDelegation", "signatory");
    }
    await tx.update(delegations).set({ signatoryPersonId: personId }).where(eq(delegations.id, delegation.id));
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: "outcome.signatory",
      entityType: "delegation",
      entityId: delegation.id,
      details: { personId },
    });
    return ok(undefined);
  });
}

/** The party this delegate signs for at an event, or null. */
async function partySignedBy(db: Executor, viewer: DelegateViewer, eventId: string): Promise<{ partyId: string; partyName: string } | null> {
  if (viewer.personIds.length === 0) return null;
  const [row] = await db
    .select({ partyId: parties.id, partyName: parties.name })
    .from(delegationMembers)
    .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .where(
      and(
        eq(delegationMembers.eventId, eventId),
        inArray(delegationMembers.personId, viewer.personIds),
        inArray(delegationMembers.status, [...PARTICIPATING]),
        or(eq(delegations.signatoryPersonId, delegationMembers.personId), and(isNull(delegations.signatoryPersonId), eq(delegationMembers.role, "head"))),
      ),
    );
  return row ?? null;
}

/** For a head of delegation (or designated signatory): the outcomes they sign, with their party's state per language. */
export async function listSignOffsForDelegate(viewer: DelegateViewer) {
  if (viewer.personIds.length === 0) return [];
  const db = await getDb();
  const mine = await db
    .select({ eventId: events.id, title: events.title, timeZone: events.timeZone })
    .from(delegationMembers)
    .innerJoin(events, eq(events.id, delegationMembers.eventId))
    .where(and(inArray(delegationMembers.personId, viewer.personIds), inArray(delegationMembers.status, [...PARTICIPATING])))
    .orderBy(asc(events.firstDay));
  const result = [];
  for (const event of mine) {
    const party = await partySignedBy(db, viewer, event.eventId);
    if (!party) continue;
    const { statements, rows } = await statementsAndSignOffs(db, event.eventId);
    const matrix = signOffMatrix(statements, [party.partyId], rows);
    result.push({
      ...event,
      party,
      versions: statements.map((s, i) => ({
        language: s.language,
        text: s.text,
        recommendations: s.recommendations,
        hash: matrix[i]!.hash,
        signed: matrix[i]!.cells[0]!.signed,
        signedAt: matrix[i]!.cells[0]!.signedAt,
      })),
    });
  }
  return result;
}

/**
 * The signatory signs off one language version, exactly as they read it: `expectedHash` is the
 * hash of the text on their screen, so an edit in between is refused, never signed unread.
 */
export async function signOffStatement(viewer: DelegateViewer, eventId: string, language: string, expectedHash: string): Promise<WriteResult<undefined>> {
  if (!isUuid(eventId)) return refuse("errors.notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const party = await partySignedBy(tx, viewer, eventId);
    if (!party) return refuse("errors.notFound");
    const [statement] = await tx
      .select({ id: outcomeStatements.id, text: outcomeStatements.text, outcomeId: outcomes.id, version: outcomes.version })
      .from(outcomeStatements)
      .innerJoin(outcomes, eq(outcomes.id, outcomeStatements.outcomeId))
      .where(and(eq(outcomes.eventId, eventId), eq(outcomeStatements.language, language)))
      .for("update", { of: outcomes });
    if (!statement) return refuse("errors.notFound");
    // What the signatory read: the statement and the recommendations as this version publishes them.
    const hash = signedHash(statement.text, (await signedRecommendations(tx, eventId))(language));
    if (hash !== expectedHash) return refuse("signOff.changedMeanwhile");
    // Signed already, this very text (a second click, a retried request): one sign-off, kept as it was.
    const [already] = await tx
      .select({ textHash: outcomeSignOffs.textHash })
      .from(outcomeSignOffs)
      .where(and(eq(outcomeSignOffs.statementId, statement.id), eq(outcomeSignOffs.partyId, party.partyId)));
    if (already?.textHash === hash) return ok(undefined);
    const now = new Date();
    await tx
      .insert(outcomeSignOffs)
      .values({ statementId: statement.id, partyId: party.partyId, signedBy: viewer.userId, textHash: hash, signedAt: now })
      .onConflictDoUpdate({ target: [outcomeSignOffs.statementId, outcomeSignOffs.partyId], set: { signedBy: viewer.userId, textHash: hash, signedAt: now } });
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId,
      action: "outcome.sign_off",
      entityType: "outcome",
      entityId: statement.outcomeId,
      details: { language, partyId: party.partyId, textHash: hash, outcomeVersion: statement.version },
    });
    return ok(undefined);
  });
}

/** Whether this delegate signs the outcome for their party at any event (the header shows "Sign-off" then). */
export async function hasSignOffDuty(viewer: DelegateViewer): Promise<boolean> {
  if (viewer.personIds.length === 0) return false;
  const db = await getDb();
  const [row] = await db
    .select({ id: delegationMembers.id })
    .from(delegationMembers)
    .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
    .where(
      and(
        inArray(delegationMembers.personId, viewer.personIds),
        inArray(delegationMembers.status, [...PARTICIPATING]),
        or(eq(delegations.signatoryPersonId, delegationMembers.personId), and(isNull(delegations.signatoryPersonId), eq(delegationMembers.role, "head"))),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/**
 * Asks each party's signatory, by mail (or the outbox without SMTP), to sign off the language
 * versions still waiting for their party. Nobody whose versions are all signed is asked.
 */
export async function requestSignOffs(viewer: OrganizerViewer, eventId: string, mail: MailContext, now = new Date()): Promise<WriteResult<{ asked: number }>> {
  const event = await getEventForOrganizer(viewer, eventId, "outcomes");
  if (!event) return refuse("errors.notFound");
  const db = await getDb();
  const messages = await loadMessages(mail.locale);
  const tr = createTranslator({ locale: mail.locale, messages }) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const origin = mail.origin.replace(/\/+$/, "");
  const signOffPage = `${origin}/${mail.locale}/sign-off`;
  const result = await db.transaction(async (tx) => {
    const [{ statements, rows }, signers] = await Promise.all([statementsAndSignOffs(tx, event.id), signatories(tx, event.id)]);
    if (statements.length === 0) return refuse("errors.outcomeEmpty");
    const matrix = signOffMatrix(
      statements,
      signers.map((p) => p.partyId),
      rows,
    );
    const outboxIds: string[] = [];
    let firstSignInLinks = 0;
    for (const [index, party] of signers.entries()) {
      const signatory = party.signatory;
      const waiting = matrix.filter((line) => !line.cells[index]!.signed).map((line) => tr(`languages.${line.language}`));
      const to = signatory?.accountEmail ?? signatory?.personEmail;
      if (!signatory?.personId || waiting.length === 0 || !to) continue;
      const values = { name: signatory.name ?? "", event: event.title, party: party.partyName, versions: waiting.join(", "), link: signOffPage };
      let body = tr("signOffMail.body", values);
      if (!signatory.userId) {
        // No account yet: the mail carries a one-time link that signs them in and opens the sign-off.
        const access = await firstSignInLink(tx, { personId: signatory.personId, email: to, name: signatory.name ?? to }, now);
        if (access) {
          firstSignInLinks += 1;
          const link = `${origin}/${mail.locale}/sign-in/link/${access.token}?next=${encodeURIComponent(`/${mail.locale}/sign-off`)}`;
          body = tr("signOffMail.bodyFirstSignIn", { ...values, link, hours: SIGN_OFF_LINK_HOURS });
        }
      }
      outboxIds.push(
        await enqueueMail(tx, {
          eventId: event.id,
          createdByUserId: viewer.userId,
          kind: "sign-off-request",
          to,
          subject: tr("signOffMail.subject", { event: event.title }),
          body,
        }),
      );
    }
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: "outcome.sign_off_request",
      entityType: "event",
      entityId: event.id,
      details: { asked: outboxIds.length, firstSignInLinks },
    });
    return ok({ outboxIds });
  });
  if (!result.ok) return result;
  await deliverMail(db, result.value.outboxIds);
  return ok({ asked: result.value.outboxIds.length });
}
