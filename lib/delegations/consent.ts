// Consent before exposure: whose name may an audience see. Pure, unit-tested; the queries put
// the same rule in their WHERE clause via `consentsVisibleTo`.
import type { Audience } from "@/lib/agenda/rules";

export type ListingConsent = "public" | "delegates" | "none";

export function consentsVisibleTo(audience: Audience): ListingConsent[] {
  switch (audience) {
    case "organizer":
      return ["public", "delegates", "none"];
    case "delegate":
      return ["public", "delegates"];
    case "public":
      return ["public"];
  }
}

export function isNameVisible(consent: ListingConsent, audience: Audience): boolean {
  return consentsVisibleTo(audience).includes(consent);
}

/** Statuses shown on public lists: people who are actually coming. */
export const LISTED_STATUSES = ["registered", "confirmed"] as const;
