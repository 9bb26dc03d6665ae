import { z } from "zod";
import { agendaRole } from "@/db/schema/enums";
import { requiredText, uuid } from "@/lib/forms/fields";

export const itemPersonInput = z.object({
  personId: z.uuid({ error: "choosePerson" }),
  role: z.enum(agendaRole.enumValues, { error: "required" }),
});

export const officialInput = z.object({
  name: requiredText(200),
  position: requiredText(200),
  institution: requiredText(200),
  partyId: z.union([z.literal("").transform(() => null), uuid], { error: "unknownParty" }).default(""),
});

export const attachOfficialInput = z.object({ officialId: z.uuid({ error: "chooseOfficial" }) });

/** A person's role on an item, as a bound argument of the remove button. */
export const agendaRoleArgument = z.enum(agendaRole.enumValues);
