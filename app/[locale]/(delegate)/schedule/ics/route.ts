// One entry of the signed-in delegate's own schedule as an .ics file, for "add to my calendar"
// on a single item: /<locale>/schedule/ics?uid=<entry uid>. Only an entry of their own personal
// schedule (cancelled ones too, so a calendar can drop what it imported); anything else is a 404.
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { getViewer } from "@/lib/auth/viewer";
import { buildCalendar } from "@/lib/calendar/ics";
import { calendarLocale, calendarText } from "@/lib/calendar/labels";
import { publicOrigin } from "@/lib/http/origin";
import { getPersonalSchedule } from "@/lib/schedule/personal";
import { slugify } from "@/lib/slug";

function text(status: number, body: string): Response {
  return new Response(`${body}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function GET(request: Request, { params }: RouteContext<"/[locale]/schedule/ics">) {
  const { locale: requested } = await params;
  const locale = calendarLocale(hasLocale(routing.locales, requested) ? requested : routing.defaultLocale);
  const words = await calendarText(locale);
  if (!hasLocale(routing.locales, requested)) return text(404, words.t("entryNotFound"));

  const viewer = await getViewer();
  // A download link: a 401 with a sentence, not a redirect that would save the sign-in page as a file.
  if (!viewer) return text(401, words.t("signInRequired"));
  const uid = new URL(request.url).searchParams.get("uid") ?? "";
  if (viewer.kind !== "delegate" || viewer.personIds.length === 0 || !uid) return text(404, words.t("entryNotFound"));

  const events = await getPersonalSchedule(viewer.personIds, { includeCancelled: true, reader: locale });
  const event = events.find((e) => e.entries.some((entry) => entry.uid === uid));
  const entry = event?.entries.find((e) => e.uid === uid);
  if (!event || !entry) return text(404, words.t("entryNotFound"));

  const body = buildCalendar([{ ...event, entries: [entry] }], {
    name: event.title,
    locale,
    labels: words.labels,
    // Back to this entry on the delegate's schedule, at the configured origin like every link the app sends out.
    scheduleUrl: `${await publicOrigin()}/${locale}/schedule`,
  });
  const title = entry.crossing ? words.labels.crossingTitle(entry.crossing.direction, entry.crossing.pointName) : entry.title;
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${slugify(title)}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
