import { getLocale, getTranslations } from "next-intl/server";
import { AgendaDays } from "@/components/agenda/agenda-days";
import { TimeZoneNote } from "@/components/agenda/time-zone-note";
import { ConfirmSubmitButton } from "@/components/ui/confirm-submit-button";
import { OrganizerEventHeader } from "@/components/events/organizer-event-header";
import { listAgendaForOrganizer } from "@/lib/agenda/queries";
import { loadOrganizerEvent, organizerEventMetadata } from "@/lib/events/load";
import { formatDay } from "@/lib/time/format";
import { eventDays, zonedLocalToInstant } from "@/lib/time/zoned";
import { deleteAgendaItemAction } from "./actions";
import { AgendaItemForm } from "./_components/agenda-item-form";

export function generateMetadata({ params }: PageProps<"/[locale]/organize/events/[eventId]/agenda">) {
  return organizerEventMetadata(params, "agenda");
}

export default async function AgendaPage({ params }: PageProps<"/[locale]/organize/events/[eventId]/agenda">) {
  const { eventId } = await params;
  const { viewer, event } = await loadOrganizerEvent(eventId);
  const items = (await listAgendaForOrganizer(viewer, event.id)) ?? [];
  const t = await getTranslations("agendaForm");
  const locale = await getLocale();
  const days = eventDays(event.firstDay, event.lastDay).map((day) => ({ value: day, label: formatDay(day, locale) }));
  return (
    <div>
      <OrganizerEventHeader event={event} current="agenda" />
      <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="timetable-heading" className="space-y-3">
          <h2 id="timetable-heading" className="text-xl font-semibold">
            {t("timetable")}
          </h2>
          <TimeZoneNote zone={event.timeZone} at={zonedLocalToInstant(event.firstDay, "12:00", event.timeZone) ?? new Date()} />
          <AgendaDays
            items={items}
            zone={event.timeZone}
            headingLevel={3}
            showVisibility
            actions={(item) => (
              <form action={deleteAgendaItemAction.bind(null, event.id, item.id)}>
                <ConfirmSubmitButton label={t("deleteItem", { title: item.title ?? "" })} question={t("confirmDelete", { title: item.title ?? "" })}>
                  {t("delete")}
                </ConfirmSubmitButton>
              </form>
            )}
          />
        </section>
        <section aria-labelledby="add-item-heading" className="h-fit rounded border border-line bg-white p-4">
          <h2 id="add-item-heading" className="text-lg font-semibold">
            {t("addItem")}
          </h2>
          <p className="mt-1 text-sm text-muted">{t("timesEnteredIn", { zone: event.timeZone })}</p>
          <AgendaItemForm eventId={event.id} days={days} />
        </section>
      </div>
    </div>
  );
}
