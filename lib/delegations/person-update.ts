import { sql } from "drizzle-orm";
import { people } from "@/db/schema";
import type { MyProfileInput } from "./schema";

type PersonFields = Omit<MyProfileInput, "version">;

/**
 * What a correction of a person's details writes, wherever it comes from (the person, an
 * organizer, registration). Each write bumps the version, so a form opened before it is refused.
 */
export function personDetailsUpdate(input: PersonFields, now: Date) {
  return {
    nameLatin: input.nameLatin,
    nameNative: input.nameNative,
    organization: input.organization,
    position: input.position,
    sector: input.sector,
    phone: input.phone,
    version: sql`${people.version} + 1`,
    updatedAt: now,
  };
}
