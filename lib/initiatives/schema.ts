import { z } from "zod";
import { optionalText, requiredText } from "@/lib/forms/fields";

export const PARTY_FIELDS = ["party1", "party2", "party3", "party4"] as const;

export const initiativeInput = z
  .object({
    name: requiredText(200),
    description: optionalText(2000),
    party1: requiredText(100),
    party2: requiredText(100),
    party3: optionalText(100),
    party4: optionalText(100),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    for (const field of PARTY_FIELDS) {
      const name = value[field].toLocaleLowerCase();
      if (!name) continue;
      if (seen.has(name)) ctx.addIssue({ code: "custom", path: [field], message: "duplicateParty" });
      seen.add(name);
    }
  })
  .transform(({ name, description, ...parties }) => ({
    name,
    description,
    parties: PARTY_FIELDS.map((field) => parties[field]).filter(Boolean),
  }));

export type InitiativeInput = z.output<typeof initiativeInput>;
