import { randomUUID } from "node:crypto";
import { getLocale, getTranslations } from "next-intl/server";
import { AgendaDays } from "@/components/agenda/agenda-days";
import { AgendaItemForm } from "@/components/agenda/agenda-item-form";
import { FindingList } from "@/components/agenda/finding-list";
import { ReleasePanel } from "./_components/release-panel";
import { blockingErrors, clashes } from "@/lib/agenda/checks";
import { ParticipantLines } from "@/components/agenda/participant-lines";
import { TimeZoneNote } from "@/components/agenda/time-zone-note";
import { TimetableGrid } from "@/components/agenda/timetable-grid";
import { OrganizerEventHeader } from "@/components/events/organizer-event-header";
import { ConfirmSubmitButton } from "@/components/ui/confirm-submit-button";
import { Link } from "@/i18n/navigation";
import { suggestNextSlot } from "@/lib/agenda/defaults";
import { itemToFormValues, type AgendaFormValues } from "@/lib/agenda/item-form-values";
import { findingsByItem } from "@/lib/agenda/checks";
import { loadOrganizerAgenda } from "@/lib/agenda/organizer-agenda";
import { listEventDelegatesForOrganizer } from "@/lib/agenda/participants";
import { getAgendaItemForOrganizer, listRecentlyDeleted } from "@/lib/agenda/queries";
import { listReleasesForOrganizer } from "@/lib/agenda/releases";
import { loadOrganizerEvent, organizerEventMetadata } from "@/lib/events/load";
import { formatDay } from "@/lib/time/format";
import { formatTimeRangeWithZone } from "@/lib/time/zone-marker";
import { canonicalTimeZone, eventDays, instantToZonedParts, isValidTimeZone, zonedLocalToInstant } from "@/lib/time/zoned";
import { assignPersonToItemsAction, createAgendaItemAction, deleteAgendaItemAction, moveAgendaItemAction } from "./actions";
import { AssignPersonForm } from "./_components/assign-person-form";
import { UndoDeleteButton } from "./_components/undo-delete-button";

export function generateMetadata({ params }: PageProps<"/[locale]/organize/events/[eventId]/agenda">) {
  return organizerEventMetadata(params, "agenda");
}

export default async function AgendaPage({ params, searchParams }: PageProps<"/[locale]/organize/events/[eventId]/agenda">) {
  const { eventId } = await params;
  const { duplicate, view, zone2, day: chosenDay } = await searchParams;
  const { viewer, event } = await loadOrganizerEvent(eventId);
  const [agenda, recentlyDeleted, source, releases, delegates] = await Promise.all([
    loadOrganizerAgenda(viewer, event),
    listRecentlyDeleted(viewer, event.id),
    typeof duplicate === "string" ? getAgendaItemForOrganizer(viewer, event.id, duplicate) : null,
    listReleasesForOrganizer(viewer, event.id),
    listEventDelegatesForOrganizer(viewer, event.id),
  ]);
  const { items, participants, findings } = agenda;
  const byItem = findingsByItem(findings);
  const t = await getTranslations("agendaForm");
  const checks = await getTranslations("checks");
  const o = await getTranslations("officials");
  const people = await getTranslations("participants");
  const locale = await getLocale();
  const dayList = eventDays(event.firstDay, event.lastDay);
  const days = dayList.map((day) => ({ value: day, label: formatDay(day, locale) }));
  const initial: AgendaFormValues = source
    ? itemToFormValues(source.item, event.timeZone)
    : {
        kind: "thematic_session",
        title: "",
        description: "",
        place: "",
        visibility: "delegates",
        closedDoor: false,
        translations: {},
        ...suggestNextSlot(items, dayList, event.timeZone),
      };
  const base = `/organize/events/${event.id}/agenda`;
  const secondZone = typeof zone2 === "string" && isValidTimeZone(zone2.trim()) ? canonicalTimeZone(zone2.trim()) : undefined;
  const shownSecondZone = secondZone !== event.timeZone ? secondZone : undefined;
  const byPlace = view === "places";
  const asGrid = view === "grid" || byPlace;
  const zoneQuery = shownSecondZone ? `zone2=${encodeURIComponent(shownSecondZone)}` : "";
  const places = [...new Set(items.map((item) => item.place).filter(Boolean))].sort((a, b) => a.localeCompare(b, locale));
  const placeDay = typeof chosenDay === "string" && dayList.includes(chosenDay) ? chosenDay : dayList[0]!;
  // The "By place" columns: every place of the event, and one for items without a place if that day has any.
  const placeColumns = [...places, ...(items.some((item) => !item.place && instantToZonedParts(item.startsAt, event.timeZone).date === placeDay) ? [""] : [])];
  const assignable = items.map((item) => ({
    id: item.id,
    label: `${item.title ?? ""} · ${formatDay(instantToZonedParts(item.startsAt, event.timeZone).date, locale)}, ${formatTimeRangeWithZone(item.startsAt, item.endsAt, event.timeZone, locale)}`,
  }));
  const noon = zonedLocalToInstant(event.firstDay, "12:00", event.timeZone) ?? new Date();
  return (
    <div>
      <OrganizerEventHeader event={event} current="agenda" />
      <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-4">
          {recentlyDeleted.length > 0 && (
            <section aria-labelledby="deleted-heading" className="rounded border border-line bg-white p-3 text-sm">
              <h2 id="deleted-heading" className="font-semibold">
                {t("recentlyDeleted")}
              </h2>
              <ul className="mt-1 space-y-1">
                {recentlyDeleted.map((item) => (
                  <li key={item.id} className="flex flex-wrap items-center gap-2">
                    <span>{item.title}</span>
                    <UndoDeleteButton eventId={event.id} itemId={item.id} title={item.title} />
                  </li>
                ))}
              </ul>
            </section>
          )}
          {releases && (
            <ReleasePanel
              eventId={event.id}
              zone={event.timeZone}
              releases={releases}
              clashCount={clashes(findings).length}
              blocked={blockingErrors(findings).length > 0}
            />
          )}
          <section aria-labelledby="checks-heading" className="rounded border border-line bg-white p-3">
            <h2 id="checks-heading" className="font-semibold">
              {checks("summaryHeading")}
            </h2>
            {findings.length === 0 ? (
              <p className="text-sm text-ok">{checks("allClear")}</p>
            ) : (
              <>
                <p className="text-sm">
                  {checks("summary", {
                    errors: findings.filter((f) => f.severity === "error").length,
                    warnings: findings.filter((f) => f.severity === "warning").length,
                  })}
                </p>
                <ul className="mt-1 list-disc pl-5 text-sm">
                  {[...byItem.keys()].map((itemId) => (
                    <li key={itemId}>
                      <a href={`#item-${itemId}`} className="text-accent underline">
                        {items.find((item) => item.id === itemId)?.title}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
          <section aria-labelledby="timetable-heading" className="space-y-3">
            <h2 id="timetable-heading" className="text-xl font-semibold">
              {t("timetable")}
            </h2>
            <nav aria-label={t("views")} className="flex flex-wrap gap-2 text-sm">
              <Link
                href={`${base}${zoneQuery ? `?${zoneQuery}` : ""}`}
                aria-current={asGrid ? undefined : "page"}
                className={`rounded border px-2 py-1 ${asGrid ? "border-line" : "border-accent font-semibold"}`}
              >
                {t("listView")}
              </Link>
              <Link
                href={`${base}?view=grid${zoneQuery ? `&${zoneQuery}` : ""}`}
                aria-current={asGrid && !byPlace ? "page" : undefined}
                className={`rounded border px-2 py-1 ${asGrid && !byPlace ? "border-accent font-semibold" : "border-line"}`}
              >
                {t("gridView")}
              </Link>
              <Link
                href={`${base}?view=places&day=${placeDay}${zoneQuery ? `&${zoneQuery}` : ""}`}
                aria-current={byPlace ? "page" : undefined}
                className={`rounded border px-2 py-1 ${byPlace ? "border-accent font-semibold" : "border-line"}`}
              >
                {t("placesView")}
              </Link>
              <Link href={`${base}/print${zoneQuery ? `?${zoneQuery}` : ""}`} className="rounded border border-line px-2 py-1">
                {t("printView")}
              </Link>
            </nav>
            <p className="text-sm">
              <Link href={`/organize/initiatives/${event.initiativeId}/officials`} className="text-accent underline">
                {o("agendaLink")}
              </Link>
            </p>
            <form method="get" className="flex flex-wrap items-end gap-2 text-sm">
              {asGrid && <input type="hidden" name="view" value={byPlace ? "places" : "grid"} />}
              {byPlace && <input type="hidden" name="day" value={placeDay} />}
              <div>
                <label htmlFor="zone2" className="block font-medium">
                  {t("secondZone")}
                </label>
                <input
                  id="zone2"
                  name="zone2"
                  list="zones"
                  defaultValue={shownSecondZone ?? ""}
                  placeholder="Asia/Baku"
                  className="mt-1 rounded border border-line bg-white px-2 py-1"
                />
                <datalist id="zones">
                  {Intl.supportedValuesOf("timeZone").map((zone) => (
                    <option key={zone} value={zone} />
                  ))}
                </datalist>
              </div>
              <button type="submit" className="rounded border border-line px-2 py-1 hover:bg-paper">
                {t("showSecondZone")}
              </button>
            </form>
            <TimeZoneNote zone={event.timeZone} at={noon} secondZone={shownSecondZone} />
            {byPlace && dayList.length > 1 && (
              <nav aria-label={t("placesDay")} className="text-sm">
                <ul className="flex flex-wrap gap-2">
                  {days.map((day) => (
                    <li key={day.value}>
                      <Link
                        href={`${base}?view=places&day=${day.value}${zoneQuery ? `&${zoneQuery}` : ""}`}
                        aria-current={day.value === placeDay ? "page" : undefined}
                        className={`inline-block rounded border px-2 py-1 ${day.value === placeDay ? "border-accent font-semibold" : "border-line"}`}
                      >
                        {day.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
            {asGrid ? (
              <TimetableGrid
                byPlace={byPlace ? { day: placeDay, places: placeColumns } : undefined}
                items={items}
                days={dayList}
                zone={event.timeZone}
                secondZone={shownSecondZone}
                participants={participants}
                editBase={base}
                flagged={new Set(byItem.keys())}
                move={{
                  eventId: event.id,
                  action: moveAgendaItemAction,
                  days,
                  places,
                  versions: new Map(items.map((item) => [item.id, item.version])),
                  people: delegates.map(({ personId, name, partyName }) => ({ personId, name, partyName })),
                  assignAction: assignPersonToItemsAction,
                  assignable,
                }}
              />
            ) : (
              <AgendaDays
                secondZone={shownSecondZone}
                items={items}
                zone={event.timeZone}
                headingLevel={3}
                showVisibility
                details={(item) => (
                  <>
                    <ParticipantLines participants={participants.get(item.id)} />
                    <FindingList findings={byItem.get(item.id) ?? []} agenda={agenda} parties={event.parties} />
                  </>
                )}
                actions={(item) => (
                  <div className="flex flex-wrap gap-2 text-sm">
                    <Link
                      href={`${base}/${item.id}`}
                      className="rounded border border-line px-2 py-1 hover:bg-paper"
                      aria-label={t("editItem", { title: item.title ?? "" })}
                    >
                      {t("edit")}
                    </Link>
                    <Link
                      href={`${base}?duplicate=${item.id}#add-item-heading`}
                      className="rounded border border-line px-2 py-1 hover:bg-paper"
                      aria-label={t("duplicateItem", { title: item.title ?? "" })}
                    >
                      {t("duplicate")}
                    </Link>
                    <form action={deleteAgendaItemAction.bind(null, event.id, item.id)}>
                      <ConfirmSubmitButton label={t("deleteItem", { title: item.title ?? "" })} question={t("confirmDelete", { title: item.title ?? "" })}>
                        {t("delete")}
                      </ConfirmSubmitButton>
                    </form>
                  </div>
                )}
              />
            )}
          </section>
        </div>
        <div className="min-w-0 space-y-6">
          <section aria-labelledby="add-item-heading" className="h-fit rounded border border-line bg-white p-4">
            <h2 id="add-item-heading" className="text-lg font-semibold">
              {source ? t("duplicating", { title: source.item.title }) : t("addItem")}
            </h2>
            <p className="mt-1 text-sm text-muted">{t("timesEnteredIn", { zone: event.timeZone })}</p>
            <AgendaItemForm
              key={source?.item.id ?? "new"}
              action={createAgendaItemAction.bind(null, event.id)}
              days={days}
              languages={event.languages}
              initial={initial}
              requestKey={randomUUID()}
              submitLabel={t("submit")}
            />
          </section>
          {items.length > 0 && delegates.length > 0 && (
            <section aria-labelledby="assign-person-heading" className="h-fit rounded border border-line bg-white p-4">
              <h2 id="assign-person-heading" className="text-lg font-semibold">
                {people("assignHeading")}
              </h2>
              <p className="mt-1 text-sm text-muted">{people("assignHint")}</p>
              <AssignPersonForm eventId={event.id} delegates={delegates} items={assignable} />
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
