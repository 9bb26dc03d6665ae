import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { MySchedule } from "@/components/schedule/my-schedule";
import { requireDelegate } from "@/lib/auth/viewer";
import { parseScheduleQuery } from "@/lib/schedule/paths";
import { getScheduleDays } from "@/lib/schedule/schedule-day";
import { markReleaseSeen } from "@/lib/schedule/seen";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("schedule");
  return { title: t("title") };
}

/**
 * A delegate's own schedule, rendered for this request: the first visit after a release (it marks
 * what changed and records the release as seen), an address with more than a day, and whenever the
 * copy in the cache cannot be used. Otherwise proxy.ts serves the same page from the cache
 * (app/[locale]/(delegate-cached)/schedule-view/[view]).
 */
export default async function MySchedulePage({ searchParams }: PageProps<"/[locale]/schedule">) {
  const viewer = await requireDelegate();
  const view = parseScheduleQuery(await searchParams);
  const now = new Date();
  const events = await getScheduleDays(viewer.personIds, view, now, await getLocale());
  const page = <MySchedule viewer={viewer} events={events} now={now} />;
  // Seen now: the next visit marks only what changes after this release.
  await Promise.all(events.map((event) => (event.release ? markReleaseSeen(viewer, event.memberId, event.release.version) : null)));
  return page;
}
