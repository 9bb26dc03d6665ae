// The demo delegation as an invitation list, the way an organizer would bring it in from a
// spreadsheet. public/samples/ holds the generated file; a test keeps it in step with the seed.
import { toSpreadsheetSafeCsv } from "@/lib/csv/spreadsheet-safe";
import { INVITATION_CSV_HEADER } from "@/lib/delegations/csv-import";
import type { DemoDelegation } from "./demo-people";

export const SAMPLE_DELEGATION_CSV_PATH = "public/samples/peace-bridge-azerbaijan-delegation.csv";

export function sampleDelegationCsv(delegation: DemoDelegation): string {
  return toSpreadsheetSafeCsv(
    Object.values(INVITATION_CSV_HEADER),
    delegation.members.map((m) => [
      m.nameLatin,
      m.nameNative,
      m.email,
      delegation.party,
      m.sector,
      m.organization,
      m.position,
      m.phone,
      // The head of delegation is chosen on the roster, not in a list.
      m.role === "head" ? "member" : m.role,
    ]),
  );
}
