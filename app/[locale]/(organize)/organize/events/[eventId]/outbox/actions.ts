"use server";

import { id } from "@/lib/actions/bound";
import { defineFormAction, done } from "@/lib/actions/define";
import { page } from "@/lib/actions/refresh";
import { retryFailedMail } from "@/lib/mail/retry";

const OUTBOX_PAGE = page("/[locale]/organize/events/[eventId]/outbox");

/** "Retry" on a failed message: sends it again (a new series of tries on the mail queue). */
export const retryMailAction = defineFormAction({
  access: { who: "event", capability: "plan" },
  args: [id],
  refresh: [OUTBOX_PAGE],
  run: async ({ viewer, event, args: [outboxId] }) => {
    const result = await retryFailedMail(viewer, event.id, outboxId);
    return result.ok ? done() : result;
  },
});
