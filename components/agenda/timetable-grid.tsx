import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { ItemParticipants } from "@/lib/agenda/participants";
import { gridHours, placeDay } from "@/lib/agenda/timetable-layout";
import { formatDay } from "@/lib/time/format";
import { ZonedRange } from "./zoned-range";
import { groupByLocalDay, instantToZonedParts } from "@/lib/time/zoned";
import type { AgendaEntry } from "./agenda-days";
import { KIND_STYLES } from "./kind-styles";
import {
  DropColumn,
  DropItem,
  MoveHandle,
  TimetableMover,
  type AssignableItem,
  type AssignAction,
  type DraggablePerson,
  type MoveAction,
} from "./timetable-move";

const PX_PER_MINUTE = 1.2;

/**
 * The event as a printed programme: one column per day (or, "By place", one column per place of a
 * chosen day), items placed by time in the event's zone, side by side when they overlap. On a narrow
 * screen the columns stack.
 */
export async function TimetableGrid({
  items,
  days,
  zone,
  secondZone,
  participants,
  editBase,
  flagged,
  move,
  byPlace,
}: {
  items: AgendaEntry[];
  days: string[];
  zone: string;
  secondZone?: string;
  participants?: Map<string, ItemParticipants>;
  /** Organizer view: each item links to its edit page. */
  editBase?: string;
  /** Items with check findings, marked on the grid. */
  flagged?: Set<string>;
  /** Organizer view: items can be dragged to another time or day, or moved with "Move to…". */
  move?: {
    eventId: string;
    action: MoveAction;
    days: { value: string; label: string }[];
    places: string[];
    versions: Map<string, number>;
    /** Delegates that can be dropped on an item (as speaker), with the bulk assign action. */
    people?: DraggablePerson[];
    assignAction?: AssignAction;
    /** The items a delegate's "Assign to…" dialog offers, labelled with their time. */
    assignable?: AssignableItem[];
  };
  /** The "By place" layout: one day, one column per place (`""` is the column of items without one). */
  byPlace?: { day: string; places: string[] };
}) {
  const t = await getTranslations("agenda");
  const locale = await getLocale();
  const grouped = groupByLocalDay(items, zone);
  const ofDay = (day: string) => grouped.find((g) => g.day === day)?.items ?? [];
  const noPlace = t("noPlace");
  const columns: { key: string; day: string; place?: string; label: string; items: AgendaEntry[] }[] = byPlace
    ? byPlace.places.map((place) => ({
        key: `place-${place}`,
        day: byPlace.day,
        place,
        label: t("placeColumn", { place: place || noPlace, day: formatDay(byPlace.day, locale) }),
        items: ofDay(byPlace.day).filter((item) => item.place === place),
      }))
    : days.map((day) => ({ key: day, day, label: formatDay(day, locale), items: ofDay(day) }));
  const { from, to } = gridHours(columns, zone);
  const height = (to - from) * 60 * PX_PER_MINUTE;
  const hours = Array.from({ length: to - from }, (_, i) => from + i);
  const grid = (
    <div className="grid gap-4 md:grid-cols-[repeat(auto-fit,minmax(12rem,1fr))]">
      {columns.map(({ key, day, place, label, items: dayItems }, index) => (
        <section key={key} aria-labelledby={`grid-col-${index}`} className="min-w-0">
          <h3 id={`grid-col-${index}`} className="mb-2 text-base font-semibold">
            {place === undefined ? formatDay(day, locale) : place || noPlace}
          </h3>
          <Column
            day={day}
            place={place}
            label={label}
            movable={Boolean(move)}
            fromHour={from}
            className="relative rounded border border-line bg-white"
            style={{ height }}
          >
            {hours.map((hour) => (
              <li
                key={hour}
                aria-hidden="true"
                className="absolute inset-x-0 border-t border-dashed border-line text-[0.7rem] text-muted"
                style={{ top: (hour - from) * 60 * PX_PER_MINUTE }}
              >
                <span className="bg-white px-1">{String(hour).padStart(2, "0")}:00</span>
              </li>
            ))}
            {placeDay(day, dayItems, zone, from).map(({ item, top, height: minutes, lane, lanes }) => {
              const people = participants?.get(item.id)?.people ?? [];
              const title = item.title || t("closedSession");
              const entryClass = `absolute overflow-hidden rounded border-l-4 p-1 text-xs shadow-sm ${KIND_STYLES[item.kind] ?? ""} ${flagged?.has(item.id) ? "ring-2 ring-amber-600" : ""}`;
              const entryStyle = {
                top: top * PX_PER_MINUTE,
                height: minutes * PX_PER_MINUTE - 2,
                left: `calc(2.75rem + (100% - 2.75rem) * ${lane / lanes})`,
                width: `calc((100% - 2.75rem) / ${lanes} - 2px)`,
              };
              const Entry = ({ children }: { children: React.ReactNode }) =>
                move ? (
                  <DropItem item={{ id: item.id, title }} className={entryClass} style={entryStyle}>
                    {children}
                  </DropItem>
                ) : (
                  <li className={entryClass} style={entryStyle}>
                    {children}
                  </li>
                );
              return (
                <Entry key={item.id}>
                  {move && move.versions.has(item.id) && (
                    <MoveHandle
                      item={{
                        id: item.id,
                        title,
                        version: move.versions.get(item.id)!,
                        day,
                        startTime: instantToZonedParts(item.startsAt, zone).time,
                        place: item.place,
                        minutes: Math.round((item.endsAt.getTime() - item.startsAt.getTime()) / 60_000),
                      }}
                      days={move.days}
                      places={move.places}
                      placeColumns={byPlace?.places}
                    />
                  )}
                  <p className="font-mono tabular-nums">
                    <ZonedRange start={item.startsAt} end={item.endsAt} zone={zone} locale={locale} />
                    {secondZone && (
                      <span className="text-muted">
                        {" "}
                        (<ZonedRange start={item.startsAt} end={item.endsAt} zone={secondZone} locale={locale} />)
                      </span>
                    )}
                  </p>
                  <p className="font-semibold leading-tight">
                    {editBase ? (
                      <Link href={`${editBase}/${item.id}`} className="underline-offset-2 hover:underline">
                        {title}
                      </Link>
                    ) : (
                      title
                    )}
                  </p>
                  <p className="text-muted">
                    {t(`kinds.${item.kind}`)}
                    {item.place ? ` · ${item.place}` : ""}
                    {item.visibility && item.visibility !== "public" ? ` · ${t(`visibility.${item.visibility}`)}` : ""}
                    {item.closedDoor ? ` · ${t("closedDoor")}` : ""}
                  </p>
                  {people.length > 0 && <p>{people.map((p) => `${p.name} (${p.partyName})`).join(", ")}</p>}
                </Entry>
              );
            })}
          </Column>
        </section>
      ))}
    </div>
  );
  return move ? (
    <TimetableMover
      eventId={move.eventId}
      action={move.action}
      assignAction={move.assignAction}
      people={move.people}
      items={move.assignable}
      byPlace={Boolean(byPlace)}
    >
      {grid}
    </TimetableMover>
  ) : (
    grid
  );
}

/** A day column: a drop target when items can be moved, a plain list otherwise. */
function Column({
  day,
  place,
  label,
  movable,
  fromHour,
  className,
  style,
  children,
}: {
  day: string;
  place?: string;
  label: string;
  movable: boolean;
  fromHour: number;
  className: string;
  style: React.CSSProperties;
  children: React.ReactNode;
}) {
  if (!movable) {
    return (
      <ol className={className} style={style}>
        {children}
      </ol>
    );
  }
  return (
    <DropColumn day={day} place={place} label={label} fromHour={fromHour} pxPerMinute={PX_PER_MINUTE} className={className} style={style}>
      {children}
    </DropColumn>
  );
}
