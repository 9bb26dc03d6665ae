"use server";

import { z } from "zod";
import { id } from "@/lib/actions/bound";
import { defineAction, done } from "@/lib/actions/define";
import { layout, page } from "@/lib/actions/refresh";
import { assignRapporteur } from "@/lib/records/assignments";

const assignInput = z.object({ rapporteur: z.union([z.literal(""), z.uuid({ error: "invalid" })], { error: "invalid" }) });

export const assignRapporteurAction = defineAction({
  access: { who: "event", capability: "records" },
  args: [id],
  input: assignInput,
  refresh: [page("/[locale]/organize/events/[eventId]/records"), layout("/[locale]/records")],
  run: async ({ viewer, event, args: [itemId], input }) => {
    const result = await assignRapporteur(viewer, event.id, itemId, input.rapporteur || null);
    if (!result.ok) return result;
    return done(input.rapporteur ? "records.assigned" : "records.unassigned");
  },
});
