"use server";

import { asForm, requestKeyOf } from "@/lib/forms/action-state";

import { revalidatePath } from "next/cache";
import { refreshPublicPages } from "@/lib/cache/public-pages";
import { getLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { requireOrganizer } from "@/lib/auth/viewer";
import { publicOrigin } from "@/lib/http/origin";
import { importInvitations, previewInvitationImport } from "@/lib/invitations/import";
import type { ImportState } from "./import-state";

const MAX_BYTES = 1_000_000;

/** Pasted text, or the uploaded file when one was chosen (the file wins: it is the newer choice). */
async function submittedText(form: FormData): Promise<string | { error: string }> {
  const file = form.get("file");
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_BYTES) return { error: "import.fileTooLarge" };
    return (await file.text()).replace(/^\uFEFF/, "");
  }
  const text = form.get("csv");
  return typeof text === "string" ? text : "";
}

export async function importAction(eventId: string, _prev: ImportState, input: FormData): Promise<ImportState> {
  const form = asForm(input);
  const viewer = await requireOrganizer();
  const sendInvitations = form.get("sendInvitations") === "on";
  const text = await submittedText(form);
  if (typeof text !== "string") return { status: "error", message: text.error, text: String(form.get("csv") ?? ""), sendInvitations };
  if (text.trim() === "") return { status: "error", message: "import.empty", text, sendInvitations };

  if (form.get("intent") !== "import") {
    const report = await previewInvitationImport(viewer, eventId, text);
    if (!report) return { status: "error", message: "errors.notFound", text, sendInvitations };
    return { status: "preview", text, sendInvitations, report };
  }
  const invite = sendInvitations ? { locale: (await getLocale()) as Locale, origin: await publicOrigin() } : null;
  const result = await importInvitations(viewer, eventId, text, invite, requestKeyOf(form));
  if (!result.ok) return { status: "error", message: result.reason, text, sendInvitations };
  revalidatePath("/[locale]/organize/events/[eventId]/delegations", "page");
  refreshPublicPages();
  return { status: "done", text, sendInvitations, ...result.value };
}
