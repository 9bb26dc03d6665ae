// A delegate's calendar feed, fetched by calendar apps without cookies: the secret token in the
// path is the only credential. Unknown, revoked and malformed tokens all get the same 404. The
// token is never logged here (and next.config keeps the dev server's request log off this path).
import { buildCalendar } from "@/lib/calendar/ics";
import { resolveFeed } from "@/lib/calendar/feeds";
import { calendarLocale, calendarText } from "@/lib/calendar/labels";
import { publicOrigin } from "@/lib/http/origin";
import { getPersonalSchedule } from "@/lib/schedule/personal";

const PRIVATE = { "X-Robots-Tag": "noindex, nofollow", "Referrer-Policy": "no-referrer" };

export async function GET(request: Request, { params }: RouteContext<"/calendar/[token]">) {
  const { token } = await params;
  const locale = calendarLocale(new URL(request.url).searchParams.get("lang"));
  const text = await calendarText(locale);
  const feed = await resolveFeed(token);
  if (!feed) {
    return new Response(`${text.t("notFound")}\n`, {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...PRIVATE },
    });
  }
  const events = await getPersonalSchedule(feed.personIds, { includeCancelled: true, reader: locale });
  // The configured origin, as in every link the app sends out: never the Host the request claims.
  const scheduleUrl = `${await publicOrigin()}/${locale}/schedule`;
  const body = buildCalendar(events, { name: text.name, locale, labels: text.labels, scheduleUrl });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="roundtable.ics"',
      "Cache-Control": "private, max-age=300",
      ...PRIVATE,
    },
  });
}
