// Parity: the sides are equals, so the organizer sees them side by side. Pure; the query feeds it.
import type { ListingConsent } from "./consent";

export type Sector = "civil_society" | "expert" | "media" | "other";
export type Status = "invited" | "registered" | "confirmed" | "declined" | "withdrawn";

export type ParityMember = { partyId: string; status: Status; sector: Sector; personId: string; consent?: ListingConsent };
export type ParityParty = { id: string; name: string; targetSize: number | null };

export type PartyParity = {
  partyId: string;
  partyName: string;
  targetSize: number | null;
  confirmed: number;
  awaiting: number; // registered, not yet confirmed
  invited: number;
  confirmedBySector: Record<Sector, number>;
  speakers: number;
  /**
   * Speakers and moderators of items the public sees (public, not closed-door) who are coming but
   * not listed publicly: the public programme gives only their number, so this side's panel looks
   * thinner than it is. Distinct people.
   */
  unlistedOnPublicItems: number;
};

export type Parity = { parties: PartyParity[]; balanced: { confirmed: boolean; speakers: boolean } };

const SECTORS: Sector[] = ["civil_society", "expert", "media", "other"];

/**
 * Per party: confirmed people, those registered and awaiting confirmation, those still invited,
 * confirmed people by sector, and distinct speakers or moderators on the agenda. Parties keep
 * the order given (alphabetical by the caller), never "ours first".
 */
export function computeParity(
  parties: ParityParty[],
  members: ParityMember[],
  speakerPersonIds: ReadonlySet<string>,
  /** Speakers and moderators of live items the public sees (public and not closed-door). */
  publicPanelPersonIds: ReadonlySet<string> = new Set(),
): Parity {
  const rows = parties.map((party): PartyParity => {
    const own = members.filter((m) => m.partyId === party.id);
    const confirmed = own.filter((m) => m.status === "confirmed");
    const confirmedBySector = Object.fromEntries(SECTORS.map((s) => [s, confirmed.filter((m) => m.sector === s).length])) as Record<Sector, number>;
    const coming = own.filter((m) => m.status === "confirmed" || m.status === "registered");
    return {
      partyId: party.id,
      partyName: party.name,
      targetSize: party.targetSize,
      confirmed: confirmed.length,
      awaiting: own.filter((m) => m.status === "registered").length,
      invited: own.filter((m) => m.status === "invited").length,
      confirmedBySector,
      speakers: new Set(coming.filter((m) => speakerPersonIds.has(m.personId)).map((m) => m.personId)).size,
      // Everyone not declined or withdrawn: nameParticipants counts exactly these for the public.
      unlistedOnPublicItems: new Set(
        own
          .filter((m) => m.status !== "declined" && m.status !== "withdrawn" && m.consent !== "public" && publicPanelPersonIds.has(m.personId))
          .map((m) => m.personId),
      ).size,
    };
  });
  const allEqual = (values: number[]) => values.every((v) => v === values[0]);
  return {
    parties: rows,
    balanced: { confirmed: allEqual(rows.map((r) => r.confirmed)), speakers: allEqual(rows.map((r) => r.speakers)) },
  };
}
