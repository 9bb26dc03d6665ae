import type { SourceEncoding } from "@/lib/csv/decode";
import type { ImportReport } from "@/lib/delegations/csv-import";
import type { ImportDefaultConsent } from "@/lib/invitations/import";

/**
 * The import form's state: the text always comes back, so nothing pasted or uploaded is lost. A
 * "done" without a report answers a repeat of an import already done (lib/invitations/import.ts).
 * `defaultConsent`: the organizer's choice for rows without a consent, kept
 * across a check (null until chosen: nothing is preselected). `encoding`: how the uploaded file was read (null for pasted text). The form sends it back with
 * the text, so the import that follows a check of a file still says how that file was read.
 */
export type ImportState =
  | { status: "idle" }
  | { status: "error"; message: string; text: string; sendInvitations: boolean; defaultConsent: ImportDefaultConsent | null }
  | {
      status: "preview";
      text: string;
      sendInvitations: boolean;
      defaultConsent: ImportDefaultConsent | null;
      encoding: SourceEncoding | null;
      report: ImportReport;
    }
  | {
      status: "done";
      text: string;
      sendInvitations: boolean;
      defaultConsent: ImportDefaultConsent | null;
      encoding: SourceEncoding | null;
      report: ImportReport | null;
      imported: number;
      invited: number;
    };

export const idleImport: ImportState = { status: "idle" };
