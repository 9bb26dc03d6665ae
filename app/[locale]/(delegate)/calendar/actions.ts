"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { requireDelegate } from "@/lib/auth/viewer";
import type { FeedActionState } from "@/lib/calendar/feed-action-state";
import { getOrCreateFeed, revokeFeed, rotateFeed } from "@/lib/calendar/feeds";
import { calendarLocale } from "@/lib/calendar/labels";
import { feedPath } from "@/lib/calendar/paths";
import { failed, formObject } from "@/lib/forms/action-state";
import { publicOrigin } from "@/lib/http/origin";

const feedInput = z.object({ intent: z.enum(["create", "rotate", "off"]) });

/** Create, replace or turn off the signed-in delegate's calendar link. */
export async function calendarFeedAction(_prev: FeedActionState, form: FormData): Promise<FeedActionState> {
  const viewer = await requireDelegate();
  const parsed = feedInput.safeParse(formObject(form));
  if (!parsed.success) return failed("errors.invalid");
  const url = async (token: string) => `${await publicOrigin()}${feedPath(token, calendarLocale(await getLocale()))}`;
  let state: FeedActionState;
  switch (parsed.data.intent) {
    case "create": {
      const result = await getOrCreateFeed(viewer);
      if (!result.ok) return failed(result.reason);
      state = result.value.created ? { status: "ok", message: "calendar.created", feedUrl: await url(result.value.feed.token) } : failed("calendar.alreadyOn");
      break;
    }
    case "rotate": {
      const result = await rotateFeed(viewer);
      if (!result.ok) return failed(result.reason);
      state = { status: "ok", message: "calendar.rotated", feedUrl: await url(result.value.token) };
      break;
    }
    case "off":
      await revokeFeed(viewer);
      state = { status: "ok", message: "calendar.turnedOff" };
      break;
  }
  revalidatePath("/[locale]/calendar", "page");
  return state;
}
