// Messages are keys of the `errors` catalog (the route shows them as "errors.<key>"), as every
// input schema's are (lib/forms/input-messages.test.ts).
import { z } from "zod";
import { visibility } from "@/db/schema/enums";

const VISIBILITIES = visibility.enumValues;
export type MaterialVisibility = (typeof VISIBILITIES)[number];

const title = z.string({ error: "materialTitleRequired" }).trim().min(1, { error: "materialTitleRequired" }).max(200, { error: "materialTitleTooLong" });
const itemId = z
  .union([z.literal(""), z.uuid({ error: "notFound" })], { error: "notFound" })
  .optional()
  .transform((value) => value || null);
const visibilityField = z.enum(VISIBILITIES, { error: "materialChooseVisibility" });

/** A new file: its title and who may read it (the file itself is checked by the rules, not zod). */
export const fileMaterialInput = z.object({ title, visibility: visibilityField, itemId });
/** A new link: http or https only (checked again by safeLinkUrl). */
export const linkMaterialInput = z.object({
  title,
  visibility: visibilityField,
  itemId,
  url: z.string({ error: "materialLinkInvalid" }).trim().min(1, { error: "materialLinkInvalid" }).max(2000, { error: "materialLinkInvalid" }),
});
/** An edit of title and visibility, against the version the form showed. */
export const materialEditInput = z.object({
  title,
  visibility: visibilityField,
  version: z.coerce.number({ error: "form" }).int().min(1),
});

export type FileMaterialInput = z.output<typeof fileMaterialInput>;
export type LinkMaterialInput = z.output<typeof linkMaterialInput>;
export type MaterialEditInput = z.output<typeof materialEditInput>;
