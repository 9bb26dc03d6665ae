"use server";

import { id } from "@/lib/actions/bound";
import { defineAction, done } from "@/lib/actions/define";
import { layout, PUBLIC_PAGES } from "@/lib/actions/refresh";
import { officialInput } from "@/lib/agenda/participant-schema";
import { createInitiativeOfficial, mergeInitiativeOfficials, updateInitiativeOfficial } from "@/lib/officials/queries";
import { mergeOfficialsInput, officialEditInput } from "@/lib/officials/schema";

const OFFICIALS = layout("/[locale]/organize/initiatives/[initiativeId]/officials");
/** Agenda items pick from the list and name officials. */
const AGENDA = layout("/[locale]/organize/events/[eventId]/agenda");

// Coordinators and organizers (the roles that edit the agenda) keep the list; rapporteurs and
// communications get "not found", as for an initiative of someone else.
export const createInitiativeOfficialAction = defineAction({
  access: { who: "initiative", capability: "plan" },
  input: officialInput,
  refresh: [OFFICIALS, AGENDA],
  run: async ({ viewer, initiativeId, input }) => {
    const result = await createInitiativeOfficial(viewer, initiativeId, input);
    return result.ok ? done("officials.added", { name: input.name }) : result;
  },
});

export const updateInitiativeOfficialAction = defineAction({
  access: { who: "initiative", capability: "plan" },
  args: [id],
  input: officialEditInput,
  // The public programme names officials (read live): its pages show the edit.
  refresh: [OFFICIALS, AGENDA, PUBLIC_PAGES],
  run: async ({ viewer, initiativeId, args: [officialId], input }) => {
    const result = await updateInitiativeOfficial(viewer, initiativeId, officialId, input);
    return result.ok ? done("officials.saved", { name: input.name }) : result;
  },
});

export const mergeInitiativeOfficialsAction = defineAction({
  access: { who: "initiative", capability: "plan" },
  input: mergeOfficialsInput,
  arrays: ["mergeIds"],
  refresh: [OFFICIALS, AGENDA, PUBLIC_PAGES],
  run: async ({ viewer, initiativeId, input }) => {
    const result = await mergeInitiativeOfficials(viewer, initiativeId, input);
    return result.ok
      ? done("officials.merged", { kept: result.value.kept, merged: result.value.merged.join("; "), count: result.value.merged.length })
      : result;
  },
});
