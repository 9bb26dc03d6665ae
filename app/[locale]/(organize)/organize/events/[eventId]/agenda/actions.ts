"use server";

import { getTranslations } from "next-intl/server";
import { id } from "@/lib/actions/bound";
import { defineAction, defineFormAction, done, goTo } from "@/lib/actions/define";
import { layout, page, PUBLIC_PAGES } from "@/lib/actions/refresh";
import { assignPersonToItems } from "@/lib/agenda/participants";
import { assignPersonInput } from "@/lib/agenda/participant-schema";
import { itemToFormValues } from "@/lib/agenda/item-form-values";
import { createAgendaItem, deleteAgendaItem, restoreAgendaItem, updateAgendaItem, type EditableAgendaItem } from "@/lib/agenda/queries";
import { releaseAgenda } from "@/lib/agenda/releases";
import { moveAgendaItem } from "@/lib/agenda/move";
import { agendaItemInput, agendaItemUpdateInput, agendaMoveInput, releaseInput } from "@/lib/agenda/schema";
import { formObject, formValues, type Conflict } from "@/lib/forms/action-state";
import { requestKeyOf } from "@/lib/forms/request-key";
import { publicOrigin } from "@/lib/http/origin";
import { formatClockTime, formatDay } from "@/lib/time/format";
import { instantToZonedParts } from "@/lib/time/zoned";
import { formatTimeWithZone } from "@/lib/time/zone-marker";
import { AGENDA_TEXT_FIELDS } from "@/lib/content/fields";
import { translationFieldName } from "@/lib/content/translation-form";
import { WORKING_LANGUAGES } from "@/lib/events/schema";
import type { Locale } from "@/i18n/routing";

const AGENDA_PAGE = page("/[locale]/organize/events/[eventId]/agenda");

export const createAgendaItemAction = defineAction({
  access: { who: "event", capability: "plan" },
  input: agendaItemInput,
  refresh: [AGENDA_PAGE],
  run: async ({ viewer, event, input, form }) => {
    const result = await createAgendaItem(viewer, event.id, input, requestKeyOf(form));
    return result.ok ? done("agendaForm.added") : result;
  },
});

export const updateAgendaItemAction = defineAction({
  access: { who: "event", capability: "plan" },
  args: [id],
  input: agendaItemUpdateInput,
  refresh: [AGENDA_PAGE],
  run: async ({ viewer, event, args: [itemId], input, form, locale }) => {
    const { version, ...item } = input;
    const result = await updateAgendaItem(viewer, event.id, itemId, item, version);
    if (!result.ok && "current" in result) {
      const conflict = await describeSaved(result.current, event.timeZone, form, locale);
      return { status: "error" as const, message: "agendaForm.conflict", values: formValues(form), conflict };
    }
    return result.ok ? goTo(`/${locale}/organize/events/${event.id}/agenda`) : result;
  },
});

/**
 * The timetable's move (drag and drop, or "Move to…" from the keyboard): another day, start and
 * place, same duration. A clash at the new place is allowed, as for an edit, and said; a move over
 * someone else's newer save is refused.
 */
export const moveAgendaItemAction = defineAction({
  access: { who: "event", capability: "plan" },
  args: [id],
  input: agendaMoveInput,
  refresh: [layout("/[locale]/organize/events/[eventId]/agenda")],
  run: async ({ viewer, event, args: [itemId], input, form, locale }) => {
    const result = await moveAgendaItem(viewer, event.id, itemId, input);
    if (!result.ok && result.reason === "conflict") return { status: "error" as const, message: "agendaMove.conflict", values: formValues(form) };
    if (!result.ok) return result;
    const { date } = instantToZonedParts(result.value.startsAt, event.timeZone);
    return done("agendaMove.moved", {
      title: result.value.title,
      day: formatDay(date, locale),
      // Point 9: the time names its zone ("11:30 GMT+4").
      time: formatTimeWithZone(result.value.startsAt, event.timeZone, locale),
      place: result.value.place,
      hasPlace: result.value.place ? "yes" : "no",
      clashes: result.value.clashes.length,
    });
  },
});

/** The saved version's fields that differ from what this editor submitted, in words. */
async function describeSaved(current: EditableAgendaItem["item"], zone: string, form: FormData, locale: Locale): Promise<Conflict> {
  const t = await getTranslations("agendaForm");
  const agenda = await getTranslations("agenda");
  const saved = itemToFormValues(current, zone);
  const submitted = formObject(form);
  const rows: Conflict["saved"] = [];
  const differs = (field: keyof typeof saved) => String(saved[field]) !== String(submitted[field] ?? "");
  if (differs("title")) rows.push({ label: t("title"), value: saved.title });
  if (differs("kind")) rows.push({ label: t("kind"), value: agenda(`kinds.${saved.kind}`) });
  if (differs("day") || differs("startTime") || differs("endTime")) {
    rows.push({
      label: t("when"),
      value: `${formatDay(saved.day, locale)}, ${formatClockTime(saved.startTime, locale)}–${formatClockTime(saved.endTime, locale)}`,
    });
  }
  if (differs("place")) rows.push({ label: t("place"), value: saved.place || "—" });
  if (differs("visibility")) rows.push({ label: t("visibility"), value: agenda(`visibility.${saved.visibility}`) });
  if (String(saved.closedDoor) !== String(submitted.closedDoor === "on")) {
    rows.push({ label: t("closedDoor"), value: saved.closedDoor ? t("yes") : t("no") });
  }
  if (differs("description")) rows.push({ label: t("description"), value: saved.description || "—" });
  // The other languages' versions: each one saved differently from what this editor sent.
  const names = await getTranslations("languages");
  for (const field of AGENDA_TEXT_FIELDS) {
    for (const language of WORKING_LANGUAGES) {
      const name = translationFieldName(field, language);
      const value = saved.translations[name] ?? "";
      if (value !== String(submitted[name] ?? "").trim()) rows.push({ label: `${t(field)} (${names(language)})`, value: value || "—" });
    }
  }
  return { version: current.version, saved: rows };
}

export const deleteAgendaItemAction = defineFormAction({
  access: { who: "event", capability: "plan" },
  args: [id],
  refresh: [AGENDA_PAGE],
  run: async ({ viewer, event, args: [itemId] }) => {
    const result = await deleteAgendaItem(viewer, event.id, itemId);
    return result.ok ? done() : result;
  },
});

export const restoreAgendaItemAction = defineAction({
  access: { who: "event", capability: "plan" },
  args: [id],
  refresh: [AGENDA_PAGE],
  run: async ({ viewer, event, args: [itemId] }) => {
    const result = await restoreAgendaItem(viewer, event.id, itemId);
    return result.ok ? done("agendaForm.restored") : result;
  },
});

export const releaseAgendaAction = defineAction({
  access: { who: "event", capability: "plan" },
  input: releaseInput,
  refresh: [PUBLIC_PAGES],
  run: async ({ viewer, event, input, locale }) => {
    const result = await releaseAgenda(viewer, event.id, input, { locale, origin: await publicOrigin() });
    if (!result.ok) return result;
    return done(result.value.notified > 0 ? "releases.releasedAndNotified" : "releases.released");
  },
});

/**
 * The timetable's bulk form: one delegate as moderator or speaker on the ticked items at once, with
 * the single add's rules (lib/agenda/participants.ts); the answer says how many were added, skipped
 * and now clash.
 */
export const assignPersonToItemsAction = defineAction({
  access: { who: "event", capability: "plan" },
  input: assignPersonInput,
  arrays: ["itemIds"],
  // The agenda and every item's page under it.
  refresh: [layout("/[locale]/organize/events/[eventId]/agenda")],
  run: async ({ viewer, event, input }) => {
    const result = await assignPersonToItems(viewer, event.id, input);
    if (!result.ok) return result;
    return done("participants.assignSummary", result.value);
  },
});
