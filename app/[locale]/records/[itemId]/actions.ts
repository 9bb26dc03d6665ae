"use server";

import { z } from "zod";
import { id } from "@/lib/actions/bound";
import { defineAction, done } from "@/lib/actions/define";
import { layout, PUBLIC_PAGES } from "@/lib/actions/refresh";
import { failed } from "@/lib/forms/action-state";
import { formVersion, optionalText } from "@/lib/forms/fields";
import { finalizeRecord, reopenRecord } from "@/lib/records/save";

const finalizeInput = z.object({ version: formVersion(0) });
const reopenInput = z.object({ reason: optionalText(500) });

// The record editor serves its rapporteur, who may have either kind of account: the record's
// scope (assignment, or the organizing team) is decided in the data layer.
const RECORDS = layout("/[locale]/records");

export const finalizeRecordAction = defineAction({
  access: { who: "signedIn" },
  args: [id],
  input: finalizeInput,
  // A final record is public (closed-door ones without names).
  refresh: [RECORDS, PUBLIC_PAGES],
  run: async ({ viewer, args: [itemId], input, form }) => {
    const result = await finalizeRecord(viewer, itemId, input.version);
    return result.ok ? done("records.finalizedNow") : failed(`records.refused.${result.reason}`, form);
  },
});

export const reopenRecordAction = defineAction({
  access: { who: "signedIn" },
  args: [id],
  input: reopenInput,
  // A reopened record leaves the public pages at once.
  refresh: [RECORDS, PUBLIC_PAGES],
  run: async ({ viewer, args: [itemId], input, form }) => {
    const result = await reopenRecord(viewer, itemId, input.reason);
    if (result.ok) return done("records.reopenedNow");
    if (result.reason === "reasonNeeded") return failed("errors.form", form, { reason: ["reopenReasonNeeded"] });
    return failed(`records.refused.${result.reason}`, form);
  },
});
