import { z } from "zod";
import { agendaRole } from "@/db/schema/enums";
import { translationInputs } from "@/lib/content/translation-form";
import { requiredText, uuid } from "@/lib/forms/fields";

export const itemPersonInput = z.object({
  personId: z.uuid({ error: "choosePerson" }),
  role: z.enum(agendaRole.enumValues, { error: "required" }),
});

/** The timetable's bulk form: one person, one role, several items. */
export const assignPersonInput = z.object({
  personId: z.uuid({ error: "choosePerson" }),
  role: z.enum(agendaRole.enumValues, { error: "required" }),
  itemIds: z.array(z.uuid({ error: "chooseItems" }), { error: "chooseItems" }).min(1, { error: "chooseItems" }),
});

/** The position's versions: `position_hy` …, in any working language (officials are met across the initiative's events). */
const positionVersions = translationInputs({ position: 200 });

export const officialInput = z.object({
  name: requiredText(200),
  position: requiredText(200),
  institution: requiredText(200),
  partyId: z.union([z.literal("").transform(() => null), uuid], { error: "unknownParty" }).default(""),
  ...positionVersions,
});
export type OfficialInput = z.output<typeof officialInput>;

/** Only the versions of an official's position, edited after the fact. */
export const officialVersionsInput = z.object(positionVersions);
export type OfficialVersionsInput = z.output<typeof officialVersionsInput>;

export const attachOfficialInput = z.object({ officialId: z.uuid({ error: "chooseOfficial" }) });

/** A person's role on an item, as a bound argument of the remove button. */
export const agendaRoleArgument = z.enum(agendaRole.enumValues);
