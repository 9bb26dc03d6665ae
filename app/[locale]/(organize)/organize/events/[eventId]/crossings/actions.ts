"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/viewer";
import { createCrossing, createCrossingPoint, deleteCrossing, setCrossingActualTime, updateCrossing } from "@/lib/crossings/queries";
import { actualTimeInput, crossingInput, crossingPointInput } from "@/lib/crossings/schema";
import { getEventForOrganizer } from "@/lib/events/queries";
import { failed, failedWrite, formObject, invalid, requestKeyOf, type ActionState } from "@/lib/forms/action-state";
import { saveTravelDocument } from "@/lib/travel-documents/queries";
import { travelDocumentInput } from "@/lib/travel-documents/schema";
import { zonedLocalToInstant } from "@/lib/time/zoned";

// Every id here (event, delegation, crossing) is bound on the page but still comes from the
// client: the queries re-scope each one to the organizer's event.

const CROSSINGS = "/[locale]/organize/events/[eventId]/crossings";

function refresh() {
  revalidatePath(CROSSINGS, "layout");
}

async function crossingsPage(eventId: string, anchor?: string): Promise<never> {
  redirect(`/${await getLocale()}/organize/events/${eventId}/crossings${anchor ? `#${anchor}` : ""}`);
}

export async function createCrossingPointAction(eventId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = crossingPointInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await createCrossingPoint(viewer, eventId, parsed.data);
  if (!result.ok) return failedWrite(result, form);
  refresh();
  return { status: "ok", message: "crossings.pointAdded" };
}

export async function createCrossingAction(eventId: string, delegationId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = crossingInput.safeParse(formObject(form, ["personIds"]));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await createCrossing(viewer, eventId, delegationId, parsed.data, requestKeyOf(form));
  if (!result.ok) return failedWrite(result, form);
  refresh();
  return crossingsPage(eventId, `crossing-${result.value.id}`);
}

export async function updateCrossingAction(eventId: string, crossingId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = crossingInput.safeParse(formObject(form, ["personIds"]));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await updateCrossing(viewer, eventId, crossingId, parsed.data);
  if (!result.ok) return failedWrite(result, form);
  refresh();
  return { status: "ok", message: "crossings.saved" };
}

export async function crossedNowAction(eventId: string, crossingId: string): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const result = await setCrossingActualTime(viewer, eventId, crossingId, new Date());
  // No time field beside this button: a field refusal is said as the form's message.
  if (!result.ok) return failed(result.field ? `errors.${result.reason}` : result.reason);
  refresh();
  return { status: "ok", message: "crossings.actualSaved" };
}

export async function setActualTimeAction(eventId: string, crossingId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = actualTimeInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const event = await getEventForOrganizer(viewer, eventId);
  if (!event) return failed("errors.notFound", form);
  const actualAt = zonedLocalToInstant(parsed.data.actualDay, parsed.data.actualTime, event.timeZone);
  if (!actualAt) return failedWrite({ reason: "timeDoesNotExist", field: "actualTime" }, form);
  const result = await setCrossingActualTime(viewer, eventId, crossingId, actualAt);
  if (!result.ok) return failedWrite(result, form);
  refresh();
  return { status: "ok", message: "crossings.actualSaved" };
}

export async function clearActualTimeAction(eventId: string, crossingId: string): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const result = await setCrossingActualTime(viewer, eventId, crossingId, null);
  if (!result.ok) return failed(result.reason);
  refresh();
  return { status: "ok", message: "crossings.actualCleared" };
}

export async function deleteCrossingAction(eventId: string, crossingId: string): Promise<void> {
  const viewer = await requireOrganizer();
  const result = await deleteCrossing(viewer, eventId, crossingId);
  if (!result.ok) return;
  refresh();
  await crossingsPage(eventId);
}

export async function saveTravelDocumentAction(eventId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireOrganizer();
  const parsed = travelDocumentInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await saveTravelDocument(viewer, eventId, parsed.data);
  if (!result.ok) return failedWrite(result, form);
  refresh();
  return { status: "ok", message: "travelDocuments.saved" };
}
