"use server";

import { z } from "zod";
import { defineAction, done } from "@/lib/actions/define";
import { page } from "@/lib/actions/refresh";
import { saveSurvey, sendSurveyNow } from "@/lib/feedback/queries";
import { questionRowsFromForm } from "@/lib/feedback/rules";
import { failed, formObject, formValues, type ActionState } from "@/lib/forms/action-state";
import { checkbox, formVersion } from "@/lib/forms/fields";
import { publicOrigin } from "@/lib/http/origin";

const FEEDBACK_PAGE = page("/[locale]/organize/events/[eventId]/feedback");

/** The survey's settings; the question rows (q.<n>.…) are read by lib/feedback/rules.ts. */
const surveySettingsInput = z.object({ version: formVersion(0), anonymous: checkbox, sendAfterLastDay: checkbox });

export const saveSurveyAction = defineAction({
  access: { who: "event", capability: "outcomes" },
  input: surveySettingsInput,
  refresh: [FEEDBACK_PAGE],
  run: async ({ viewer, event, input, form }): Promise<ActionState> => {
    const result = await saveSurvey(viewer, event.id, { ...input, rows: questionRowsFromForm(formObject(form)) });
    if (result.ok) return done("feedback.saved");
    if ("current" in result && result.current) {
      // Someone saved in between: what they saved, beside this organizer's rows (kept); the next save is a deliberate overwrite.
      return {
        status: "error",
        message: result.reason,
        values: formValues(form),
        conflict: { version: result.current.version, saved: result.current.questions.map((q, i) => ({ label: String(i + 1), value: q.prompt })) },
      };
    }
    return failed(result.reason, form, "fieldErrors" in result ? result.fieldErrors : undefined);
  },
});

export const sendSurveyAction = defineAction({
  access: { who: "event", capability: "outcomes" },
  refresh: [FEEDBACK_PAGE, page("/[locale]/organize/events/[eventId]/outbox")],
  run: async ({ viewer, event, locale }) => {
    const result = await sendSurveyNow(viewer, event.id, { locale, origin: await publicOrigin() });
    if (!result.ok) return result;
    return result.value.mailed > 0 ? done("feedback.sent", { count: result.value.mailed }) : done("feedback.nobodyNew");
  },
});
