"use server";

import { id } from "@/lib/actions/bound";
import { defineAction, defineFormAction, done, goTo } from "@/lib/actions/define";
import { layout } from "@/lib/actions/refresh";
import {
  createCrossing,
  createCrossingPoint,
  deleteCrossing,
  setCrossingActualTime,
  updateCrossing,
  updateCrossingPointVersions,
} from "@/lib/crossings/queries";
import { actualTimeInput, crossingInput, crossingPointInput, crossingPointVersionsInput } from "@/lib/crossings/schema";
import { failed, refuse } from "@/lib/forms/action-state";
import { requestKeyOf } from "@/lib/forms/request-key";
import { saveTravelDocument } from "@/lib/travel-documents/queries";
import { travelDocumentInput } from "@/lib/travel-documents/schema";
import { zonedLocalToInstant } from "@/lib/time/zoned";

// Every id here (delegation, crossing) is bound on the page but still comes from the client: the
// queries re-scope each one to the organizer's event.

const CROSSINGS = layout("/[locale]/organize/events/[eventId]/crossings");
const crossingsPage = (locale: string, eventId: string, anchor?: string) => `/${locale}/organize/events/${eventId}/crossings${anchor ? `#${anchor}` : ""}`;

export const createCrossingPointAction = defineAction({
  access: { who: "event", capability: "plan" },
  input: crossingPointInput,
  refresh: [CROSSINGS],
  run: async ({ viewer, event, input }) => {
    const result = await createCrossingPoint(viewer, event.id, input);
    return result.ok ? done("crossings.pointAdded") : result;
  },
});

export const updateCrossingPointVersionsAction = defineAction({
  access: { who: "event", capability: "plan" },
  args: [id],
  input: crossingPointVersionsInput,
  refresh: [CROSSINGS],
  run: async ({ viewer, event, args: [crossingPointId], input }) => {
    const result = await updateCrossingPointVersions(viewer, event.id, crossingPointId, input);
    return result.ok ? done("crossings.versionsSaved") : result;
  },
});

export const createCrossingAction = defineAction({
  access: { who: "event", capability: "plan" },
  args: [id],
  input: crossingInput,
  arrays: ["personIds"],
  refresh: [CROSSINGS],
  run: async ({ viewer, event, args: [delegationId], input, form, locale }) => {
    const result = await createCrossing(viewer, event.id, delegationId, input, requestKeyOf(form));
    return result.ok ? goTo(crossingsPage(locale, event.id, `crossing-${result.value.id}`)) : result;
  },
});

export const updateCrossingAction = defineAction({
  access: { who: "event", capability: "plan" },
  args: [id],
  input: crossingInput,
  arrays: ["personIds"],
  refresh: [CROSSINGS],
  run: async ({ viewer, event, args: [crossingId], input }) => {
    const result = await updateCrossing(viewer, event.id, crossingId, input);
    return result.ok ? done("crossings.saved") : result;
  },
});

export const crossedNowAction = defineAction({
  access: { who: "event", capability: "plan" },
  args: [id],
  refresh: [CROSSINGS],
  run: async ({ viewer, event, args: [crossingId] }) => {
    const result = await setCrossingActualTime(viewer, event.id, crossingId, new Date());
    if (result.ok) return done("crossings.actualSaved");
    // No time field beside this button: a field refusal is said as the form's message.
    return failed(result.field ? `errors.${result.reason}` : result.reason);
  },
});

export const setActualTimeAction = defineAction({
  access: { who: "event", capability: "plan" },
  args: [id],
  input: actualTimeInput,
  refresh: [CROSSINGS],
  run: async ({ viewer, event, args: [crossingId], input }) => {
    // Typed in the event's zone, like every time of the event.
    const actualAt = zonedLocalToInstant(input.actualDay, input.actualTime, event.timeZone);
    if (!actualAt) return refuse("timeDoesNotExist", "actualTime");
    const result = await setCrossingActualTime(viewer, event.id, crossingId, actualAt);
    return result.ok ? done("crossings.actualSaved") : result;
  },
});

export const clearActualTimeAction = defineAction({
  access: { who: "event", capability: "plan" },
  args: [id],
  refresh: [CROSSINGS],
  run: async ({ viewer, event, args: [crossingId] }) => {
    const result = await setCrossingActualTime(viewer, event.id, crossingId, null);
    return result.ok ? done("crossings.actualCleared") : failed(result.reason);
  },
});

export const deleteCrossingAction = defineFormAction({
  access: { who: "event", capability: "plan" },
  args: [id],
  refresh: [CROSSINGS],
  run: async ({ viewer, event, args: [crossingId], locale }) => {
    const result = await deleteCrossing(viewer, event.id, crossingId);
    return result.ok ? goTo(crossingsPage(locale, event.id)) : result;
  },
});

export const saveTravelDocumentAction = defineAction({
  access: { who: "event", capability: "plan" },
  input: travelDocumentInput,
  refresh: [CROSSINGS],
  run: async ({ viewer, event, input }) => {
    const result = await saveTravelDocument(viewer, event.id, input);
    return result.ok ? done("travelDocuments.saved") : result;
  },
});
