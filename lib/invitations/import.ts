import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Executor } from "@/db/client";
import { delegationMembers, delegations, events, people } from "@/db/schema";
import { audit } from "@/lib/audit/log";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { parseInvitationCsv, type ImportReport } from "@/lib/delegations/csv-import";
import { getEventForOrganizer, type OrganizerEvent } from "@/lib/events/queries";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import { claimRequest, completeRequest } from "@/lib/forms/create-once";
import { deliverMail } from "@/lib/mail/deliver";
import { issueInvitation, type MailContext } from "./issue";

/** Emails already in this event's delegations (only this event's: nothing of other initiatives). */
async function memberEmails(db: Executor, eventId: string): Promise<Set<string>> {
  const rows = await db
    .select({ email: people.email })
    .from(delegationMembers)
    .innerJoin(people, eq(people.id, delegationMembers.personId))
    .where(and(eq(delegationMembers.eventId, eventId), sql`${people.email} IS NOT NULL`));
  return new Set(rows.map((r) => r.email!.toLowerCase()));
}

function report(event: OrganizerEvent, text: string, existing: Set<string>): ImportReport {
  return parseInvitationCsv(text, { parties: event.parties, existingEmails: existing });
}

/** The validation report shown before anything is saved. */
export async function previewInvitationImport(viewer: OrganizerViewer, eventId: string, text: string): Promise<ImportReport | null> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return null;
  return report(event, text, await memberEmails(await getDb(), event.id));
}

/**
 * The listing the organizer explicitly chooses on the form for people whose row does not say: not
 * listed (they choose themselves when they register) or visible to fellow delegates. Never
 * "public": a name goes on a public page only with that person's own consent (PRODUCT.md), which
 * the organizer records per person (the file's consent column, the person form), never in bulk.
 */
export const IMPORT_DEFAULT_CONSENTS = ["none", "delegates"] as const;
export type ImportDefaultConsent = (typeof IMPORT_DEFAULT_CONSENTS)[number];

export type ImportOptions = {
  /** Mail each new person their invitation link (null: do not). */
  invite: MailContext | null;
  /** For rows without a consent of their own; null when the form did not say (refused if any row needs it). */
  defaultConsent: ImportDefaultConsent | null;
  /** The form's key: the same request twice imports once. */
  requestKey?: string;
};

/** What an import kept for its repeats (lib/forms/create-once.ts): counts, never the people's names. */
const importAnswer = z.object({ imported: z.number().int(), invited: z.number().int() });

/**
 * `report` is null when this request was a repeat of an import already done (the same form's
 * key): the counts are the first's, and its report, which names people, was not kept.
 */
export type ImportResult = { report: ImportReport | null; imported: number; invited: number };

/**
 * Adds every valid row in one transaction, as "invited", and (if asked) sends each their link.
 * Running it again with the same file adds nobody: rows whose email is already a member of the
 * event are skipped, and the (event, person) unique key catches a concurrent double submit. The
 * same request twice (`requestKey`: a double click, a replay) is answered the second time with
 * what the first did, rather than with a confusing "nobody added".
 */
export async function importInvitations(
  viewer: OrganizerViewer,
  eventId: string,
  text: string,
  { invite, defaultConsent, requestKey }: ImportOptions,
): Promise<WriteResult<ImportResult>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return refuse("errors.notFound");
  // Whatever reached here, a bulk default is never "public" (see IMPORT_DEFAULT_CONSENTS).
  const fallback = defaultConsent && (IMPORT_DEFAULT_CONSENTS as readonly string[]).includes(defaultConsent) ? defaultConsent : null;
  // Nobody's consent is assumed: rows that do not say need the form's explicit choice.
  if (!fallback && report(event, text, new Set()).rows.some((row) => row.consent === null)) return refuse("import.chooseConsent", "defaultConsent");
  const db = await getDb();
  const now = new Date();
  const once = requestKey ? { key: requestKey, userId: viewer.userId, kind: "delegations_import" } : null;
  const outcome = await db.transaction(async (tx) => {
    const { earlier } = await claimRequest(tx, once, importAnswer);
    if (earlier) return { parsed: null, added: earlier.imported, outboxIds: [] as string[], invited: earlier.invited };
    // One import per event at a time: the second waits, then sees the first one's people as
    // already invited instead of racing it to insert them.
    await tx.select({ id: events.id }).from(events).where(eq(events.id, event.id)).for("update");
    const parsed = report(event, text, await memberEmails(tx, event.id));
    if (parsed.rows.length === 0) {
      await completeRequest(tx, once, { imported: 0, invited: 0 });
      return { parsed, added: 0, outboxIds: [] as string[], invited: 0 };
    }
    const delegationByParty = new Map(
      (await tx.select({ id: delegations.id, partyId: delegations.partyId }).from(delegations).where(eq(delegations.eventId, event.id))).map((d) => [
        d.partyId,
        d.id,
      ]),
    );
    const added: string[] = [];
    const outboxIds: string[] = [];
    for (const row of parsed.rows) {
      const delegationId = delegationByParty.get(row.partyId);
      if (!delegationId) continue; // a party of the initiative without a delegation at this event
      // The same person may already exist from another event of this initiative: reuse them. Only
      // this initiative's record: another initiative's, and whether there is one, is not ours.
      // (DO NOTHING + read back: someone may add the same email in this initiative at the same moment.)
      await tx
        .insert(people)
        .values({
          initiativeId: event.initiativeId,
          nameLatin: row.nameLatin,
          nameNative: row.nameNative,
          organization: row.organization,
          position: row.position,
          sector: row.sector,
          email: row.email,
          phone: row.phone,
        })
        .onConflictDoNothing();
      const [person] = await tx
        .select({ id: people.id })
        .from(people)
        .where(and(eq(people.initiativeId, event.initiativeId), eq(sql`lower(${people.email})`, row.email)));
      const personId = person!.id;
      const [member] = await tx
        .insert(delegationMembers)
        .values({ delegationId, eventId: event.id, personId, role: row.role, status: "invited", consent: row.consent ?? fallback ?? "none" })
        .onConflictDoNothing()
        .returning({ id: delegationMembers.id });
      if (!member) continue;
      added.push(member.id);
      if (invite) {
        const outboxId = await issueInvitation(tx, { eventId: event.id, memberId: member.id, actorUserId: viewer.userId, ctx: invite, now });
        if (outboxId) outboxIds.push(outboxId);
      }
    }
    await audit(tx, {
      actorUserId: viewer.userId,
      eventId: event.id,
      action: "delegations.import",
      entityType: "event",
      entityId: event.id,
      details: { added: added.length, alreadyInvited: parsed.alreadyInvited.length, problems: parsed.problems.length, invited: outboxIds.length },
    });
    await completeRequest(tx, once, { imported: added.length, invited: outboxIds.length });
    return { parsed, added: added.length, outboxIds, invited: outboxIds.length };
  });
  await deliverMail(db, outcome.outboxIds);
  return ok({ report: outcome.parsed, imported: outcome.added, invited: outcome.invited });
}
