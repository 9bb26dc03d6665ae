import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AgendaItemForm } from "@/components/agenda/agenda-item-form";
import { OrganizerEventHeader } from "@/components/events/organizer-event-header";
import { Link } from "@/i18n/navigation";
import { itemToFormValues } from "@/lib/agenda/item-form-values";
import { getAgendaItemForOrganizer } from "@/lib/agenda/queries";
import { requireOrganizer } from "@/lib/auth/viewer";
import { formatDay } from "@/lib/time/format";
import { eventDays } from "@/lib/time/zoned";
import { updateAgendaItemAction } from "../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/organize/events/[eventId]/agenda/[itemId]">) {
  const { eventId, itemId } = await params;
  const found = await getAgendaItemForOrganizer(await requireOrganizer(), eventId, itemId);
  const t = await getTranslations("agendaForm");
  return found ? { title: `${t("editTitle")} · ${found.item.title}` } : {};
}

export default async function EditAgendaItemPage({ params }: PageProps<"/[locale]/organize/events/[eventId]/agenda/[itemId]">) {
  const { eventId, itemId } = await params;
  const found = await getAgendaItemForOrganizer(await requireOrganizer(), eventId, itemId);
  if (!found) notFound();
  const { event, item } = found;
  const t = await getTranslations("agendaForm");
  const locale = await getLocale();
  const days = eventDays(event.firstDay, event.lastDay).map((day) => ({ value: day, label: formatDay(day, locale) }));
  return (
    <div>
      <OrganizerEventHeader event={event} current="agenda" />
      <div className="max-w-xl">
        <h2 className="text-xl font-semibold">{t("editHeading", { title: item.title })}</h2>
        <p className="mt-1 text-sm text-muted">{t("timesEnteredIn", { zone: event.timeZone })}</p>
        <AgendaItemForm
          action={updateAgendaItemAction.bind(null, event.id, item.id)}
          days={days}
          initial={itemToFormValues(item, event.timeZone)}
          version={item.version}
          submitLabel={t("save")}
        />
        <Link href={`/organize/events/${event.id}/agenda`} className="mt-4 inline-block text-accent underline">
          {t("backToTimetable")}
        </Link>
      </div>
    </div>
  );
}
