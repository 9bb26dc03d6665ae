"use server";

import { revalidatePath } from "next/cache";
import { refreshPublicPages } from "@/lib/cache/public-pages";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { itemToFormValues } from "@/lib/agenda/item-form-values";
import { createAgendaItem, deleteAgendaItem, restoreAgendaItem, updateAgendaItem, type EditableAgendaItem } from "@/lib/agenda/queries";
import { releaseAgenda } from "@/lib/agenda/releases";
import { agendaItemInput, releaseInput } from "@/lib/agenda/schema";
import { requireOrganizer } from "@/lib/auth/viewer";
import { getEventForOrganizer } from "@/lib/events/queries";
import { failed, failedWrite, formObject, formValues, invalid, requestKeyOf, type ActionState, type Conflict } from "@/lib/forms/action-state";
import { publicOrigin } from "@/lib/http/origin";
import { formatDay } from "@/lib/time/format";

const AGENDA_PAGE = "/[locale]/organize/events/[eventId]/agenda";

export async function createAgendaItemAction(eventId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = agendaItemInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await createAgendaItem(viewer, eventId, parsed.data, requestKeyOf(form));
  if (!result.ok) return failedWrite(result, form);
  revalidatePath(AGENDA_PAGE, "page");
  return { status: "ok", message: "agendaForm.added" };
}

export async function updateAgendaItemAction(eventId: string, itemId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = agendaItemInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const version = Number(form.get("version"));
  const result = await updateAgendaItem(viewer, eventId, itemId, parsed.data, version);
  if (!result.ok) {
    if ("current" in result) {
      const event = await getEventForOrganizer(viewer, eventId);
      const conflict = await describeSaved(result.current, event?.timeZone ?? "UTC", form);
      return { status: "error", message: "agendaForm.conflict", values: formValues(form), conflict };
    }
    return failedWrite(result, form);
  }
  revalidatePath(AGENDA_PAGE, "page");
  redirect(`/${await getLocale()}/organize/events/${eventId}/agenda`);
}

/** The saved version's fields that differ from what this editor submitted, in words. */
async function describeSaved(current: EditableAgendaItem["item"], zone: string, form: FormData): Promise<Conflict> {
  const t = await getTranslations("agendaForm");
  const agenda = await getTranslations("agenda");
  const locale = await getLocale();
  const saved = itemToFormValues(current, zone);
  const submitted = formObject(form);
  const rows: Conflict["saved"] = [];
  const differs = (field: keyof typeof saved) => String(saved[field]) !== String(submitted[field] ?? "");
  if (differs("title")) rows.push({ label: t("title"), value: saved.title });
  if (differs("kind")) rows.push({ label: t("kind"), value: agenda(`kinds.${saved.kind}`) });
  if (differs("day") || differs("startTime") || differs("endTime")) {
    rows.push({ label: t("when"), value: `${formatDay(saved.day, locale)}, ${saved.startTime}–${saved.endTime}` });
  }
  if (differs("place")) rows.push({ label: t("place"), value: saved.place || "—" });
  if (differs("visibility")) rows.push({ label: t("visibility"), value: agenda(`visibility.${saved.visibility}`) });
  if (String(saved.closedDoor) !== String(submitted.closedDoor === "on")) {
    rows.push({ label: t("closedDoor"), value: saved.closedDoor ? t("yes") : t("no") });
  }
  if (differs("description")) rows.push({ label: t("description"), value: saved.description || "—" });
  return { version: current.version, saved: rows };
}

export async function deleteAgendaItemAction(eventId: string, itemId: string): Promise<void> {
  const viewer = await requireOrganizer();
  await deleteAgendaItem(viewer, eventId, itemId);
  revalidatePath(AGENDA_PAGE, "page");
}

export async function restoreAgendaItemAction(eventId: string, itemId: string, _prev: ActionState): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const result = await restoreAgendaItem(viewer, eventId, itemId);
  if (!result.ok) return failed(result.reason);
  revalidatePath(AGENDA_PAGE, "page");
  return { status: "ok", message: "agendaForm.restored" };
}

export async function releaseAgendaAction(eventId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = releaseInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const notify = { locale: (await getLocale()) as Locale, origin: await publicOrigin() };
  const result = await releaseAgenda(viewer, eventId, parsed.data, notify);
  if (!result.ok) return failedWrite(result, form);
  refreshPublicPages();
  return { status: "ok", message: result.value.notified > 0 ? "releases.releasedAndNotified" : "releases.released" };
}
