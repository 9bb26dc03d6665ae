import "server-only";
import { hasSignOffDuty } from "@/lib/outcomes/sign-off";
import { hasAssignedRecords } from "@/lib/records/queries";
import type { Viewer } from "./viewer";

/** What the site header shows a signed-in account: whose it is and which of their screens apply. */
export type ViewerNav = {
  kind: Viewer["kind"];
  label: string;
  records: boolean;
  signOff: boolean;
};

export async function viewerNav(viewer: Viewer | null): Promise<ViewerNav | null> {
  if (!viewer) return null;
  // Organizers always write or check records; a delegate only once they are someone's rapporteur.
  const records = viewer.kind === "organizer" || (await hasAssignedRecords(viewer));
  const signOff = viewer.kind === "delegate" && (await hasSignOffDuty(viewer));
  return { kind: viewer.kind, label: viewer.name ?? viewer.email, records, signOff };
}
