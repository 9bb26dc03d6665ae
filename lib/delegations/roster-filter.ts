// The roster's filter (party, status, consent, invitation state): read from the page's URL (a GET
// form, so it works without JavaScript and the address keeps it) and from the bulk bar's hidden
// fields, where "all shown" means everyone matching it. Pure and unit-tested; the page and the
// data layer apply the same function, so what is shown is what a bulk action touches.
import type { InvitationState } from "@/lib/invitations/token";
import type { ListingConsent } from "./consent";
import type { Status } from "./parity";

export const INVITATION_FILTERS = ["none", "valid", "expired", "used", "revoked"] as const;
export type InvitationFilter = (typeof INVITATION_FILTERS)[number];

const STATUS_VALUES: readonly Status[] = ["invited", "registered", "confirmed", "declined", "withdrawn"];
const CONSENT_VALUES: readonly ListingConsent[] = ["public", "delegates", "none"];

export type RosterFilter = {
  /** A party id of the event; null: every party. */
  party: string | null;
  status: Status | null;
  consent: ListingConsent | null;
  invitation: InvitationFilter | null;
};

export const FILTER_FIELDS = ["party", "status", "consent", "invitation"] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

export const NO_FILTER: RosterFilter = { party: null, status: null, consent: null, invitation: null };

/**
 * The filter from whatever arrived (URL query or form): an empty or missing field is "all"; a value
 * that is not a choice on this roster (a hand-edited address, a party of another event) is left out
 * and named in `invalid`, so the page can say so next to the field instead of showing nobody.
 */
export function parseRosterFilter(raw: Partial<Record<FilterField, unknown>>, partyIds: readonly string[]): { filter: RosterFilter; invalid: FilterField[] } {
  const invalid: FilterField[] = [];
  const pick = <T extends string>(field: FilterField, allowed: readonly T[]): T | null => {
    const value = Array.isArray(raw[field]) ? (raw[field] as unknown[])[0] : raw[field];
    if (value === undefined || value === null || value === "") return null;
    if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
    invalid.push(field);
    return null;
  };
  const filter: RosterFilter = {
    party: pick("party", partyIds),
    status: pick("status", STATUS_VALUES),
    consent: pick("consent", CONSENT_VALUES),
    invitation: pick("invitation", INVITATION_FILTERS),
  };
  return { filter, invalid };
}

export function isFiltered(filter: RosterFilter): boolean {
  return FILTER_FIELDS.some((field) => filter[field] !== null);
}

export type FilterableMember = { partyId: string; status: Status; consent: ListingConsent; invitation: InvitationState | null };

export function matchesRosterFilter(member: FilterableMember, filter: RosterFilter): boolean {
  if (filter.party !== null && member.partyId !== filter.party) return false;
  if (filter.status !== null && member.status !== filter.status) return false;
  if (filter.consent !== null && member.consent !== filter.consent) return false;
  if (filter.invitation !== null && (member.invitation ?? "none") !== filter.invitation) return false;
  return true;
}

/** The filter as query parameters (empty fields left out): for links and hidden fields. */
export function filterParams(filter: RosterFilter): [FilterField, string][] {
  return FILTER_FIELDS.flatMap((field) => (filter[field] === null ? [] : [[field, filter[field]!] as [FilterField, string]]));
}
