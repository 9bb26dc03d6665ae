"use server";

import { id } from "@/lib/actions/bound";
import { defineAction, defineFormAction, done } from "@/lib/actions/define";
import { layout, PUBLIC_PAGES } from "@/lib/actions/refresh";
import { addItemPerson, createOfficialForItem, removeItemPerson, setItemOfficial, updateOfficialVersions } from "@/lib/agenda/participants";
import { agendaRoleArgument, attachOfficialInput, itemPersonInput, officialInput, officialVersionsInput } from "@/lib/agenda/participant-schema";

const AGENDA = layout("/[locale]/organize/events/[eventId]/agenda");

export const addItemPersonAction = defineAction({
  access: { who: "event", capability: "plan" },
  args: [id],
  input: itemPersonInput,
  refresh: [AGENDA],
  run: async ({ viewer, event, args: [itemId], input }) => {
    const result = await addItemPerson(viewer, event.id, itemId, input);
    return result.ok ? done("participants.personAdded") : result;
  },
});

export const removeItemPersonAction = defineFormAction({
  access: { who: "event", capability: "plan" },
  args: [id, id, agendaRoleArgument],
  refresh: [AGENDA],
  run: async ({ viewer, event, args: [itemId, personId, role] }) => {
    const result = await removeItemPerson(viewer, event.id, itemId, { personId, role });
    return result.ok ? done() : result;
  },
});

export const attachOfficialAction = defineAction({
  access: { who: "event", capability: "plan" },
  args: [id],
  input: attachOfficialInput,
  refresh: [AGENDA],
  run: async ({ viewer, event, args: [itemId], input }) => {
    const result = await setItemOfficial(viewer, event.id, itemId, input.officialId, true);
    return result.ok ? done("participants.officialAdded") : result;
  },
});

export const detachOfficialAction = defineFormAction({
  access: { who: "event", capability: "plan" },
  args: [id, id],
  refresh: [AGENDA],
  run: async ({ viewer, event, args: [itemId, officialId] }) => {
    const result = await setItemOfficial(viewer, event.id, itemId, officialId, false);
    return result.ok ? done() : result;
  },
});

export const createOfficialAction = defineAction({
  access: { who: "event", capability: "plan" },
  args: [id],
  input: officialInput,
  refresh: [AGENDA],
  run: async ({ viewer, event, args: [itemId], input }) => {
    const result = await createOfficialForItem(viewer, event.id, itemId, input);
    return result.ok ? done("participants.officialAdded") : result;
  },
});

export const updateOfficialVersionsAction = defineAction({
  access: { who: "event", capability: "plan" },
  args: [id],
  input: officialVersionsInput,
  // The public programme names officials (read live, not released): its pages show the new versions.
  refresh: [AGENDA, PUBLIC_PAGES],
  run: async ({ viewer, event, args: [officialId], input }) => {
    const result = await updateOfficialVersions(viewer, event.id, officialId, input);
    return result.ok ? done("participants.versionsSaved") : result;
  },
});
