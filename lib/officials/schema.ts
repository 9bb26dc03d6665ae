import { z } from "zod";
import { officialInput } from "@/lib/agenda/participant-schema";

/** An edit: the same fields, and the official as the form read it (a concurrent change is refused). */
export const officialEditInput = officialInput.extend({
  seen: z.string({ error: "form" }).min(1, { error: "form" }).max(100, { error: "form" }),
});
export type OfficialEditInput = z.output<typeof officialEditInput>;

/** A merge of duplicates: the record to keep, the records of the same person merged into it, and a confirmation. */
export const mergeOfficialsInput = z
  .object({
    keepId: z.uuid({ error: "chooseOfficialToKeep" }),
    mergeIds: z.array(z.uuid({ error: "chooseDuplicates" }), { error: "chooseDuplicates" }).default([]),
    confirm: z.literal("on", { error: "confirmMerge" }),
  })
  .transform((input) => ({ ...input, mergeIds: [...new Set(input.mergeIds)].filter((id) => id !== input.keepId) }))
  .refine((input) => input.mergeIds.length > 0, { error: "chooseDuplicates", path: ["mergeIds"] });
export type MergeOfficialsInput = z.output<typeof mergeOfficialsInput>;
