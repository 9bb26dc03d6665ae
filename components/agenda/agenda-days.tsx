import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { ContentText } from "@/components/content/content-text";
import type { ShownIn } from "@/lib/content/translations";
import { formatDay } from "@/lib/time/format";
import { ZonedRange } from "./zoned-range";
import { groupByLocalDay } from "@/lib/time/zoned";

export type AgendaEntry = {
  id: string;
  kind: string;
  title: string | null;
  description: string;
  place: string;
  startsAt: Date;
  endsAt: Date;
  closedDoor: boolean;
  visibility?: string;
  /** Fields shown in another language than the reader's (no version in theirs): marked as such. */
  shownIn?: ShownIn<"title" | "description" | "place">;
};

/** A timetable grouped by day in the event's zone. Used by the public, delegate and organizer views. */
export async function AgendaDays({
  items,
  zone,
  headingLevel = 2,
  actions,
  details,
  showVisibility = false,
  secondZone,
  locale: requestedLocale,
}: {
  items: AgendaEntry[];
  zone: string;
  headingLevel?: 2 | 3;
  actions?: (item: AgendaEntry) => ReactNode;
  /** Extra lines under an item: its people, the checks' findings … */
  details?: (item: AgendaEntry) => ReactNode;
  showVisibility?: boolean;
  /** Also show each time in this zone (e.g. the visiting delegation's). */
  secondZone?: string;
  /** Days, times and kinds in this language rather than the page's (a programme printed in another language). */
  locale?: string;
}) {
  const locale = requestedLocale ?? (await getLocale());
  const t = await getTranslations({ locale, namespace: "agenda" });
  const Heading = headingLevel === 2 ? "h2" : "h3";
  if (items.length === 0) return <p className="text-muted">{t("empty")}</p>;
  return (
    <div className="space-y-6">
      {groupByLocalDay(items, zone).map(({ day, items: dayItems }) => (
        <section key={day} aria-labelledby={`day-${day}`}>
          <Heading id={`day-${day}`} className="border-b border-line pb-1 text-lg font-semibold">
            {formatDay(day, locale)}
          </Heading>
          <ol className="mt-2 divide-y divide-line">
            {dayItems.map((item) => (
              <li key={item.id} id={`item-${item.id}`} className="flex scroll-mt-4 flex-col gap-1 py-3 sm:flex-row sm:gap-4">
                <p className="w-36 shrink-0 font-mono text-sm tabular-nums">
                  <ZonedRange start={item.startsAt} end={item.endsAt} zone={zone} locale={locale} />
                  {secondZone && (
                    <span className="block text-muted">
                      (<ZonedRange start={item.startsAt} end={item.endsAt} zone={secondZone} locale={locale} />)
                    </span>
                  )}
                </p>
                <div className="min-w-0 flex-1">
                  <p className="font-medium">{item.title ? <ContentText text={item.title} shownIn={item.shownIn?.title} /> : t("closedSession")}</p>
                  <p className="text-sm text-muted">
                    {t(`kinds.${item.kind}`)}
                    {item.place ? " · " : ""}
                    {item.place ? <ContentText text={item.place} shownIn={item.shownIn?.place} /> : null}
                    {item.closedDoor && item.title ? ` · ${t("closedDoor")}` : ""}
                    {showVisibility && item.visibility ? ` · ${t(`visibility.${item.visibility}`)}` : ""}
                  </p>
                  {item.description && (
                    <p className="mt-1 text-sm">
                      <ContentText text={item.description} shownIn={item.shownIn?.description} />
                    </p>
                  )}
                  {details?.(item)}
                </div>
                {actions && <div className="shrink-0">{actions(item)}</div>}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
