import type { ImportReport } from "@/lib/delegations/csv-import";

/**
 * The import form's state: the text always comes back, so nothing pasted or uploaded is lost. A
 * "done" without a report answers a repeat of an import already done (lib/invitations/import.ts).
 */
export type ImportState =
  | { status: "idle" }
  | { status: "error"; message: string; text: string; sendInvitations: boolean }
  | { status: "preview"; text: string; sendInvitations: boolean; report: ImportReport }
  | { status: "done"; text: string; sendInvitations: boolean; report: ImportReport | null; imported: number; invited: number };

export const idleImport: ImportState = { status: "idle" };
