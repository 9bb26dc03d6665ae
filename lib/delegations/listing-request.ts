import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { getDb } from "@/db/client";
import { auditLog, delegationMembers, people, users } from "@/db/schema";
import { loadMessages } from "@/i18n/messages";
import { PARTICIPATING } from "@/lib/agenda/queries";
import { audit } from "@/lib/audit/log";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { firstSignInLink, firstSignInUrl } from "@/lib/auth/first-sign-in-link";
import { getEventForOrganizer } from "@/lib/events/queries";
import { ok, refuse, type WriteResult } from "@/lib/forms/action-state";
import type { MailContext } from "@/lib/invitations/issue";
import { deliverMail } from "@/lib/mail/deliver";
import { enqueueMail } from "@/lib/mail/outbox";
import { membersOfSelection, type RosterSelection } from "./bulk";

/** How long the one-time sign-in link in a listing request works, for someone without an account. */
export const LISTING_REQUEST_LINK_DAYS = 7;

export type ListingRequestResult = {
  /** Mailed a request to choose. */
  asked: number;
  /** Chose already (at registration, on My details, or listed by a choice recorded for them): never asked again. */
  choseAlready: number;
  /** No email on the roster. */
  noEmail: number;
  /** Declined, withdrawn …: not asked. */
  notTakingPart: number;
};

/**
 * The roster's bulk "Ask to choose public listing" (#19 point 4): people imported or added by the
 * organizers are "Not listed" until they choose, and only they may choose. This mails each ticked
 * person (or everyone matching the filter) who takes part, is not listed and has not chosen yet a request to
 * choose, with the link to their own listing choice (a one-time sign-in link for someone without
 * an account). Whoever already chose, either way, is never asked again: being asked over and over
 * to appear publicly is pressure, and some of these people face pressure at home. One transaction;
 * one ticked id of another event refuses it all; each request is audited.
 */
export async function askListingChoice(
  viewer: OrganizerViewer,
  eventId: string,
  selection: RosterSelection,
  mail: MailContext,
  now = new Date(),
): Promise<WriteResult<ListingRequestResult>> {
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return refuse("errors.notFound");
  if (typeof selection !== "object" || selection === null) return refuse("delegations.noneSelected");
  const db = await getDb();
  const messages = await loadMessages(mail.locale);
  const tr = createTranslator({ locale: mail.locale, messages }) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const result = await db.transaction(async (tx) => {
    const selected = await membersOfSelection(tx, event.id, selection, true);
    if (!selected) return refuse("delegations.notOnRoster");
    if (selected.length === 0) return refuse("delegations.noneMatching");
    const ids = selected.map((member) => member.id);
    const members = await tx
      .select({
        id: delegationMembers.id,
        status: delegationMembers.status,
        registeredAt: delegationMembers.registeredAt,
        consent: delegationMembers.consent,
        personId: people.id,
        name: people.nameLatin,
        personEmail: people.email,
        accountEmail: users.email,
      })
      .from(delegationMembers)
      .innerJoin(people, eq(people.id, delegationMembers.personId))
      .leftJoin(users, eq(users.id, people.userId))
      .where(and(eq(delegationMembers.eventId, event.id), inArray(delegationMembers.id, ids)));
    // A choice of their own: on My details (audited) or when registering (the form asks).
    const chose = new Set(
      (
        await tx
          .select({ memberId: auditLog.entityId })
          .from(auditLog)
          .where(and(eq(auditLog.action, "delegation_member.consent"), inArray(auditLog.entityId, ids)))
      ).map((row) => row.memberId),
    );
    const counts: ListingRequestResult = { asked: 0, choseAlready: 0, noEmail: 0, notTakingPart: 0 };
    const outboxIds: string[] = [];
    const origin = mail.origin.replace(/\/+$/, "");
    for (const member of members) {
      if (!(PARTICIPATING as readonly string[]).includes(member.status)) {
        counts.notTakingPart += 1;
        continue;
      }
      // Listed in some way (only their own or a recorded choice makes it so: the default is "none").
      if (member.registeredAt || chose.has(member.id) || member.consent !== "none") {
        counts.choseAlready += 1;
        continue;
      }
      const to = member.accountEmail ?? member.personEmail;
      if (!to) {
        counts.noEmail += 1;
        continue;
      }
      const choicePage = `/${mail.locale}/my-details#membership-${member.id}`;
      const access = member.accountEmail
        ? null
        : await firstSignInLink(tx, { personId: member.personId, email: to, name: member.name }, now, LISTING_REQUEST_LINK_DAYS * 24);
      const link = access ? firstSignInUrl(origin, mail.locale, access.token, choicePage) : `${origin}${choicePage}`;
      const body = tr("listingRequestMail.body", { name: member.name, event: event.title, link });
      outboxIds.push(
        await enqueueMail(tx, {
          eventId: event.id,
          createdByUserId: viewer.userId,
          memberId: member.id,
          kind: "listing-request",
          to,
          subject: tr("listingRequestMail.subject", { event: event.title }),
          body: access ? `${body}\n\n${tr("listingRequestMail.firstSignIn", { days: LISTING_REQUEST_LINK_DAYS })}` : body,
        }),
      );
      await audit(tx, {
        actorUserId: viewer.userId,
        eventId: event.id,
        action: "delegation_member.listing_request",
        entityType: "delegation_member",
        entityId: member.id,
        details: { firstSignInLink: Boolean(access) },
      });
      counts.asked += 1;
    }
    return ok({ counts, outboxIds });
  });
  if (!result.ok) return result;
  await deliverMail(db, result.value.outboxIds);
  return ok(result.value.counts);
}
