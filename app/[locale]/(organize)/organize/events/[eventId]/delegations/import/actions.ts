"use server";

import { defineAction } from "@/lib/actions/define";
import { decodeUpload, SOURCE_ENCODINGS, type SourceEncoding } from "@/lib/csv/decode";
import { page, PUBLIC_PAGES } from "@/lib/actions/refresh";
import { type FieldErrors } from "@/lib/forms/action-state";
import { requestKeyOf } from "@/lib/forms/request-key";
import { publicOrigin } from "@/lib/http/origin";
import { IMPORT_DEFAULT_CONSENTS, importInvitations, previewInvitationImport, type ImportDefaultConsent } from "@/lib/invitations/import";
import type { ImportState } from "./import-state";

const MAX_BYTES = 1_000_000;

/**
 * Pasted text, or the uploaded file when one was chosen (the file wins: it is the newer choice),
 * with the encoding the file was read in. A spreadsheet or other binary file is refused here,
 * before it is read as a list: nothing of it is checked, shown or saved.
 */
async function submittedText(form: FormData): Promise<{ text: string; encoding: SourceEncoding | null } | { error: string }> {
  const file = form.get("file");
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_BYTES) return { error: "import.fileTooLarge" };
    const decoded = decodeUpload(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return { error: `import.${decoded.reason}` };
    return { text: decoded.text, encoding: decoded.encoding };
  }
  const text = form.get("csv");
  // The text of a file checked before comes back with how that file was read.
  const encoding = SOURCE_ENCODINGS.find((known) => known === form.get("encoding")) ?? null;
  return { text: typeof text === "string" ? text : "", encoding };
}

const wantsInvitations = (form: FormData) => form.get("sendInvitations") === "on";

/** The organizer's explicit choice for rows without a consent; anything else (including "public") is no choice. */
const defaultConsentOf = (form: FormData): ImportDefaultConsent | null =>
  IMPORT_DEFAULT_CONSENTS.find((choice) => choice === form.get("defaultConsent")) ?? null;

/** The import form has one text: a refusal of a field (a control character in it) is said as the message. */
function refusal(message: string, form: FormData, fieldErrors?: FieldErrors): ImportState {
  const fieldMessage = Object.values(fieldErrors ?? {}).flat()[0];
  const text = form.get("csv");
  return {
    status: "error",
    message: fieldMessage ? `errors.${fieldMessage}` : message,
    text: typeof text === "string" ? text : "",
    sendInvitations: wantsInvitations(form),
    defaultConsent: defaultConsentOf(form),
  };
}

export const importAction = defineAction({
  access: { who: "event", capability: "plan" },
  refusal,
  refresh: (state: ImportState) => (state.status === "done" ? [page("/[locale]/organize/events/[eventId]/delegations"), PUBLIC_PAGES] : []),
  run: async ({ viewer, event, form, locale }): Promise<ImportState> => {
    const sendInvitations = wantsInvitations(form);
    const defaultConsent = defaultConsentOf(form);
    const submitted = await submittedText(form);
    if ("error" in submitted) return refusal(submitted.error, form);
    const { text, encoding } = submitted;
    if (text.trim() === "") return { status: "error", message: "import.empty", text, sendInvitations, defaultConsent };

    if (form.get("intent") !== "import") {
      const report = await previewInvitationImport(viewer, event.id, text);
      if (!report) return { status: "error", message: "errors.notFound", text, sendInvitations, defaultConsent };
      return { status: "preview", text, sendInvitations, defaultConsent, encoding, report };
    }
    const invite = sendInvitations ? { locale, origin: await publicOrigin() } : null;
    const result = await importInvitations(viewer, event.id, text, { invite, defaultConsent, requestKey: requestKeyOf(form) });
    if (!result.ok) return { status: "error", message: result.reason, text, sendInvitations, defaultConsent };
    return { status: "done", text, sendInvitations, defaultConsent, encoding, ...result.value };
  },
});
