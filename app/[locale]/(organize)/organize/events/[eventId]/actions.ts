"use server";

import { defineAction, done } from "@/lib/actions/define";
import { layout, PUBLIC_PAGES } from "@/lib/actions/refresh";
import { updateEventStatus } from "@/lib/events/queries";
import { eventStatusInput } from "@/lib/events/schema";
import { eventTranslationsInput, updateEventTranslations } from "@/lib/events/translations";
import { travelDocumentSettingsInput } from "@/lib/travel-documents/schema";
import { updateTravelDocumentSettings } from "@/lib/travel-documents/settings";

export const updateEventStatusAction = defineAction({
  access: { who: "event", capability: "plan" },
  input: eventStatusInput,
  // The public event page and the home page show the status.
  refresh: [layout("/[locale]/organize"), PUBLIC_PAGES],
  run: async ({ viewer, event, input }) => {
    const result = await updateEventStatus(viewer, event.id, input.status);
    return result.ok ? done("eventOverview.statusSaved") : result;
  },
});

export const updateTravelDocumentSettingsAction = defineAction({
  access: { who: "event", capability: "plan" },
  input: travelDocumentSettingsInput,
  refresh: [layout("/[locale]/organize/events/[eventId]")],
  run: async ({ viewer, event, input }) => {
    const result = await updateTravelDocumentSettings(viewer, event.id, input);
    return result.ok ? done("travelDocumentSettings.saved") : result;
  },
});

export const updateEventTranslationsAction = defineAction({
  access: { who: "event", capability: "plan" },
  input: eventTranslationsInput,
  // The organizer's pages and the cached public ones name the event (delegates' pages are rendered per request).
  refresh: [layout("/[locale]/organize"), PUBLIC_PAGES],
  run: async ({ viewer, event, input }) => {
    const result = await updateEventTranslations(viewer, event.id, input);
    return result.ok ? done("eventTranslations.saved") : result;
  },
});
