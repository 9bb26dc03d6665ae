import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AgendaItemForm } from "@/components/agenda/agenda-item-form";
import { FindingList } from "@/components/agenda/finding-list";
import { OrganizerEventHeader } from "@/components/events/organizer-event-header";
import { Link } from "@/i18n/navigation";
import { findingsByItem } from "@/lib/agenda/checks";
import { itemToFormValues } from "@/lib/agenda/item-form-values";
import { loadOrganizerAgenda } from "@/lib/agenda/organizer-agenda";
import { listEventDelegatesForOrganizer, listOfficialsForOrganizer } from "@/lib/agenda/participants";
import { getAgendaItemForOrganizer } from "@/lib/agenda/queries";
import { requireOrganizer } from "@/lib/auth/viewer";
import { formatDay } from "@/lib/time/format";
import { eventDays } from "@/lib/time/zoned";
import { updateAgendaItemAction } from "../actions";
import { otherWorkingLanguages, translationFormValues, workingLanguagesFor } from "@/lib/content/translation-form";
import {
  addItemPersonAction,
  attachOfficialAction,
  createOfficialAction,
  detachOfficialAction,
  removeItemPersonAction,
  updateOfficialVersionsAction,
} from "./actions";
import { OrganizerMaterials } from "@/components/materials/organizer-materials";
import { materialOutcome } from "@/components/materials/material-outcome";
import { listMaterialsForOrganizer } from "@/lib/materials/queries";
import { AddPersonForm, AttachOfficialForm, NewOfficialForm, OfficialVersionsForm } from "./_components/participant-forms";

export async function generateMetadata({ params }: PageProps<"/[locale]/organize/events/[eventId]/agenda/[itemId]">) {
  const { eventId, itemId } = await params;
  const found = await getAgendaItemForOrganizer(await requireOrganizer(), eventId, itemId);
  const t = await getTranslations("agendaForm");
  return found ? { title: `${t("editTitle")} · ${found.item.title}` } : {};
}

export default async function EditAgendaItemPage({ params, searchParams }: PageProps<"/[locale]/organize/events/[eventId]/agenda/[itemId]">) {
  const { eventId, itemId } = await params;
  const viewer = await requireOrganizer();
  const found = await getAgendaItemForOrganizer(viewer, eventId, itemId);
  if (!found) notFound();
  const { event, item } = found;
  const [agenda, delegates, officials, materials] = await Promise.all([
    loadOrganizerAgenda(viewer, event),
    listEventDelegatesForOrganizer(viewer, event.id),
    listOfficialsForOrganizer(viewer, event.id),
    listMaterialsForOrganizer(viewer, event.id, item.id),
  ]);
  const participants = agenda.participants.get(item.id) ?? { people: [], officials: [] };
  const t = await getTranslations("agendaForm");
  const p = await getTranslations("participants");
  const o = await getTranslations("officials");
  const officialsPage = `/organize/initiatives/${event.initiativeId}/officials`;
  const locale = await getLocale();
  const days = eventDays(event.firstDay, event.lastDay).map((day) => ({ value: day, label: formatDay(day, locale) }));
  const attachedOfficialIds = new Set(participants.officials.map((o) => o.id));
  return (
    <div>
      <OrganizerEventHeader event={event} current="agenda" />
      <div className="grid gap-8 lg:grid-cols-2">
        <div>
          <h2 className="text-xl font-semibold">{t("editHeading", { title: item.title })}</h2>
          <FindingList findings={findingsByItem(agenda.findings).get(item.id) ?? []} agenda={agenda} parties={event.parties} />
          <p className="mt-1 text-sm text-muted">{t("timesEnteredIn", { zone: event.timeZone })}</p>
          <AgendaItemForm
            action={updateAgendaItemAction.bind(null, event.id, item.id)}
            days={days}
            languages={event.languages}
            initial={itemToFormValues(item, event.timeZone)}
            version={item.version}
            submitLabel={t("save")}
          />
          <Link href={`/organize/events/${event.id}/agenda`} className="mt-4 inline-block text-accent underline">
            {t("backToTimetable")}
          </Link>
        </div>
        <div className="space-y-6">
          <section aria-labelledby="people-heading" className="rounded border border-line bg-white p-4">
            <h2 id="people-heading" className="text-lg font-semibold">
              {p("heading")}
            </h2>
            <p className="text-sm text-muted">{p("parityHint")}</p>
            {participants.people.length === 0 ? (
              <p className="mt-2 text-sm">{p("nobody")}</p>
            ) : (
              <ul className="mt-2 divide-y divide-line text-sm">
                {participants.people.map((person) => (
                  <li key={`${person.personId}-${person.role}`} className="flex items-center justify-between gap-2 py-2">
                    <span>
                      {person.name} ({person.partyName}) · {p(person.role)}
                    </span>
                    <form action={removeItemPersonAction.bind(null, event.id, item.id, person.personId, person.role)}>
                      <button
                        type="submit"
                        className="rounded border border-line px-2 py-1 hover:bg-paper"
                        aria-label={p("removePerson", { name: person.name })}
                      >
                        {p("remove")}
                      </button>
                    </form>
                  </li>
                ))}
              </ul>
            )}
            <AddPersonForm action={addItemPersonAction.bind(null, event.id, item.id)} delegates={delegates} />
          </section>

          <section aria-labelledby="officials-heading" className="rounded border border-line bg-white p-4">
            <h2 id="officials-heading" className="text-lg font-semibold">
              {p("officialsHeading")}
            </h2>
            <p className="text-sm text-muted">{p("officialsHint")}</p>
            <p className="text-sm">
              <Link href={officialsPage} className="text-accent underline">
                {o("allOfficials")}
              </Link>
            </p>
            {participants.officials.length > 0 && (
              <ul className="mt-2 divide-y divide-line text-sm">
                {participants.officials.map((official) => (
                  <li key={official.id} className="py-2">
                    <div className="flex items-center justify-between gap-2">
                      <span>
                        {official.name}, {official.position}, {official.institution}
                      </span>
                      <form action={detachOfficialAction.bind(null, event.id, item.id, official.id)}>
                        <button
                          type="submit"
                          className="rounded border border-line px-2 py-1 hover:bg-paper"
                          aria-label={p("removePerson", { name: official.name })}
                        >
                          {p("remove")}
                        </button>
                      </form>
                    </div>
                    <Link href={`${officialsPage}#official-${official.id}`} className="text-accent underline">
                      {o("editInList", { name: official.name })}
                    </Link>
                    <details className="mt-1">
                      <summary className="cursor-pointer text-accent">{p("positionVersionsFor", { name: official.name })}</summary>
                      <OfficialVersionsForm
                        action={updateOfficialVersionsAction.bind(null, event.id, official.id)}
                        officialId={official.id}
                        languages={workingLanguagesFor(event.languages)}
                        values={translationFormValues(officials.find((o) => o.id === official.id)?.translations)}
                      />
                    </details>
                  </li>
                ))}
              </ul>
            )}
            <AttachOfficialForm
              action={attachOfficialAction.bind(null, event.id, item.id)}
              officials={officials.filter((o) => !attachedOfficialIds.has(o.id))}
            />
            <details className="mt-4">
              <summary className="cursor-pointer text-sm font-medium">{p("newOfficial")}</summary>
              <NewOfficialForm
                action={createOfficialAction.bind(null, event.id, item.id)}
                parties={event.parties}
                otherLanguages={otherWorkingLanguages(event.languages)}
              />
            </details>
          </section>
          {/* Last: the people and officials of the item come first when planning it. */}
          <OrganizerMaterials eventId={event.id} itemId={item.id} locale={locale} materials={materials ?? []} outcome={materialOutcome(await searchParams)} />
        </div>
      </div>
    </div>
  );
}
