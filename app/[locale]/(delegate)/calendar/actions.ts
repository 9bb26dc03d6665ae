"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define";
import { page } from "@/lib/actions/refresh";
import type { FeedActionState } from "@/lib/calendar/feed-action-state";
import { getOrCreateFeed, revokeFeed, rotateFeed } from "@/lib/calendar/feeds";
import { calendarLocale } from "@/lib/calendar/labels";
import { feedPath } from "@/lib/calendar/paths";
import { failed, refuse } from "@/lib/forms/action-state";
import { publicOrigin } from "@/lib/http/origin";

const feedInput = z.object({ intent: z.enum(["create", "rotate", "off"]) });

/** Create, replace or turn off the signed-in delegate's calendar link. */
export const calendarFeedAction = defineAction({
  access: { who: "delegate" },
  input: feedInput,
  onInvalid: () => failed("errors.invalid"),
  refresh: [page("/[locale]/calendar")],
  run: async ({ viewer, input, locale }): Promise<FeedActionState | ReturnType<typeof refuse>> => {
    const url = async (token: string) => `${await publicOrigin()}${feedPath(token, calendarLocale(locale))}`;
    switch (input.intent) {
      case "create": {
        const result = await getOrCreateFeed(viewer);
        if (!result.ok) return refuse(result.reason);
        return result.value.created ? { status: "ok", message: "calendar.created", feedUrl: await url(result.value.feed.token) } : failed("calendar.alreadyOn");
      }
      case "rotate": {
        const result = await rotateFeed(viewer);
        if (!result.ok) return refuse(result.reason);
        return { status: "ok", message: "calendar.rotated", feedUrl: await url(result.value.token) };
      }
      case "off":
        await revokeFeed(viewer);
        return { status: "ok", message: "calendar.turnedOff" };
    }
  },
});
