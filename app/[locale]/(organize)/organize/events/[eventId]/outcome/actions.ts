"use server";

import { revalidatePath } from "next/cache";
import { refreshPublicPages } from "@/lib/cache/public-pages";
import { wakeReleaseWatch } from "@/lib/cache/release-watch";
import { requireOrganizer } from "@/lib/auth/viewer";
import { failed, failedWrite, formObject, invalid, type ActionState } from "@/lib/forms/action-state";
import { getEventForOrganizer } from "@/lib/events/queries";
import { cancelScheduledPublication, publishOutcome, saveOutcomeDraft } from "@/lib/outcomes/queries";
import { saveOutcomeComposition } from "@/lib/outcomes/composition";
import { parseLinks } from "@/lib/outcomes/composition-rules";
import { compositionInput, outcomeDraftInput, publishOutcomeInput, signatoryInput } from "@/lib/outcomes/schema";
import { requestSignOffs, setSignatory } from "@/lib/outcomes/sign-off";
import { getLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { publicOrigin } from "@/lib/http/origin";
import { zonedLocalToInstant } from "@/lib/time/zoned";

export async function saveOutcomeDraftAction(eventId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = outcomeDraftInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await saveOutcomeDraft(viewer, eventId, parsed.data);
  if (!result.ok) return failedWrite(result, form);
  revalidatePath("/[locale]/organize/events/[eventId]/outcome", "page");
  return { status: "ok", message: "outcomeForm.saved" };
}

export async function publishOutcomeAction(eventId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = publishOutcomeInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const event = await getEventForOrganizer(viewer, eventId, "outcomes");
  if (!event) return failed("errors.notFound", form);
  // The embargo is typed in the event's zone, like every time of the event.
  const [day = "", time = ""] = parsed.data.publishAt.split("T");
  const publishAt = parsed.data.publishAt ? zonedLocalToInstant(day, time, event.timeZone) : null;
  if (parsed.data.publishAt && !publishAt) return failed("errors.form", form, { publishAt: ["invalidDateTime"] });
  const result = await publishOutcome(viewer, event.id, { ...parsed.data, publishAt });
  if (!result.ok) return failedWrite(result, form);
  refreshPublicPages();
  // Under embargo: the watcher refreshes the public pages again the moment it ends.
  if (result.value.scheduled) wakeReleaseWatch();
  return { status: "ok", message: result.value.scheduled ? "outcomeForm.scheduled" : "outcomeForm.published" };
}

export async function cancelScheduledAction(eventId: string): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const result = await cancelScheduledPublication(viewer, eventId);
  if (!result.ok) return failed(result.reason);
  refreshPublicPages();
  return { status: "ok", message: "outcomeForm.unscheduled" };
}

export async function setSignatoryAction(eventId: string, partyId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = signatoryInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await setSignatory(viewer, eventId, partyId, parsed.data.signatory || null);
  if (!result.ok) return failedWrite(result, form);
  revalidatePath("/[locale]/organize/events/[eventId]/outcome", "page");
  return { status: "ok", message: "signOff.signatorySaved" };
}

export async function saveCompositionAction(eventId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = compositionInput.safeParse(formObject(form, ["speakerIds"]));
  if (!parsed.success) return invalid(parsed.error, form);
  const event = await getEventForOrganizer(viewer, eventId, "outcomes");
  if (!event) return failed("errors.notFound", form);
  const [day = "", time = ""] = parsed.data.pressStartsAt.split("T");
  const startsAt = parsed.data.pressStartsAt ? zonedLocalToInstant(day, time, event.timeZone) : null;
  if (parsed.data.pressStartsAt && !startsAt) return failed("errors.form", form, { pressStartsAt: ["invalidDateTime"] });
  const { links, badLines } = parseLinks(parsed.data.links);
  if (badLines.length) return failed("errors.form", form, { links: ["notLinks"] });
  const wording: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("wording_") && typeof value === "string") wording[key.slice("wording_".length)] = value.slice(0, 4000);
  }
  const result = await saveOutcomeComposition(viewer, event.id, {
    version: parsed.data.version,
    pressConference: { startsAt: startsAt?.toISOString() ?? null, place: parsed.data.pressPlace, speakerIds: parsed.data.speakerIds },
    links,
    wording,
  });
  if (!result.ok) return failedWrite(result, form);
  revalidatePath("/[locale]/organize/events/[eventId]/outcome", "page");
  return { status: "ok", message: "outcomeForm.compositionSaved" };
}

export async function requestSignOffsAction(eventId: string): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const result = await requestSignOffs(viewer, eventId, { locale: (await getLocale()) as Locale, origin: await publicOrigin() });
  if (!result.ok) return failed(result.reason);
  revalidatePath("/[locale]/organize/events/[eventId]/outbox", "page");
  return { status: "ok", message: result.value.asked > 0 ? "outcomeForm.signOffsRequested" : "outcomeForm.nobodyToAsk" };
}
