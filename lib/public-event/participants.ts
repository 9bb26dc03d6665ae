import "server-only";
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { delegationMembers, delegations, parties, people } from "@/db/schema";
import { NAMED_MEMBERS_ORDER, namedMembersOf } from "@/lib/delegations/queries";
import { pageCount } from "@/lib/pagination";

/** Names on one page of the public participants list (3,600 people at 100× the demo). */
export const PARTICIPANTS_PAGE_SIZE = 50;

/**
 * One page of the people listed publicly: listing consent "public" only, people who are coming,
 * by party, heads first, then by name; never contact data. `total` counts the same people.
 */
export async function listPublicParticipantsPage(eventId: string, page: number, size = PARTICIPANTS_PAGE_SIZE) {
  const db = await getDb();
  const where = namedMembersOf([eventId], "public");
  const [rows, [counted]] = await Promise.all([
    db
      .select({
        partyName: parties.name,
        nameLatin: people.nameLatin,
        nameNative: people.nameNative,
        organization: people.organization,
        position: people.position,
        head: eq(delegationMembers.role, "head").mapWith(Boolean),
      })
      .from(delegationMembers)
      .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
      .innerJoin(parties, eq(parties.id, delegations.partyId))
      .innerJoin(people, eq(people.id, delegationMembers.personId))
      .where(where)
      .orderBy(...NAMED_MEMBERS_ORDER)
      .limit(size)
      .offset((page - 1) * size),
    db.select({ total: count() }).from(delegationMembers).where(where),
  ]);
  const total = counted?.total ?? 0;
  return { rows, total, page, pages: pageCount(total, size) };
}

/** How many people the public participants list names (the same rule as the list). */
export async function countPublicParticipants(eventId: string): Promise<number> {
  const db = await getDb();
  const [counted] = await db
    .select({ total: count() })
    .from(delegationMembers)
    .where(namedMembersOf([eventId], "public"));
  return counted?.total ?? 0;
}

/** How many of each party's delegation are listed publicly by name (the same rule as the list). */
export async function countPublicListedByParty(eventId: string): Promise<Map<string, number>> {
  const db = await getDb();
  const rows = await db
    .select({ partyName: parties.name, listed: count() })
    .from(delegationMembers)
    .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .where(namedMembersOf([eventId], "public"))
    .groupBy(parties.name);
  return new Map(rows.map((row) => [row.partyName, row.listed]));
}
