import { randomUUID } from "node:crypto";
import { getLocale, getTranslations } from "next-intl/server";
import { ParityPanel } from "@/components/delegations/parity-panel";
import { OrganizerEventHeader } from "@/components/events/organizer-event-header";
import { Link } from "@/i18n/navigation";
import { getParity } from "@/lib/delegations/membership";
import { listDelegationsForOrganizer } from "@/lib/delegations/queries";
import { filterParams, isFiltered, matchesRosterFilter, parseRosterFilter } from "@/lib/delegations/roster-filter";
import { loadOrganizerEvent, organizerEventMetadata } from "@/lib/events/load";
import { listInvitationsForOrganizer } from "@/lib/invitations/queries";
import { listAgendaForOrganizer } from "@/lib/agenda/queries";
import { formatDateTimeInZone, formatDay } from "@/lib/time/format";
import { formatTimeRangeWithZone } from "@/lib/time/zone-marker";
import { instantToZonedParts } from "@/lib/time/zoned";
import { BULK_FORM_ID, BulkActionsForm } from "./_components/bulk-actions-form";
import { PersonForm } from "./_components/person-form";
import { RosterFilterForm } from "./_components/roster-filter-form";
import { SelectAllShown } from "./_components/select-all-shown";
import { TargetSizeForm } from "./_components/target-size-form";

export function generateMetadata({ params }: PageProps<"/[locale]/organize/events/[eventId]/delegations">) {
  return organizerEventMetadata(params, "delegations");
}

export default async function DelegationsPage({ params, searchParams }: PageProps<"/[locale]/organize/events/[eventId]/delegations">) {
  const { eventId } = await params;
  const { viewer, event } = await loadOrganizerEvent(eventId);
  const [allDelegations, parity, invitationStates, agenda] = await Promise.all([
    listDelegationsForOrganizer(viewer, event.id).then((d) => d ?? []),
    getParity(viewer, event.id),
    listInvitationsForOrganizer(viewer, event.id),
    listAgendaForOrganizer(viewer, event.id).then((items) => items ?? []),
  ]);
  const t = await getTranslations("delegations");
  const labels = await getTranslations("person");
  const locale = await getLocale();
  const base = `/organize/events/${event.id}`;
  const liveOnRoster = [...invitationStates.values()].filter((invitation) => invitation.state === "valid").length;
  // The filter lives in the address (a GET form): the same function decides what a bulk action on
  // "all shown" touches (lib/delegations/bulk.ts).
  const { filter, invalid } = parseRosterFilter(
    await searchParams,
    event.parties.map((party) => party.id),
  );
  const filtered = isFiltered(filter);
  const delegations = allDelegations
    .filter((delegation) => filter.party === null || delegation.partyId === filter.party)
    .map((delegation) => ({
      ...delegation,
      shown: delegation.members.filter((m) =>
        matchesRosterFilter(
          { partyId: delegation.partyId, status: m.status, consent: m.consent, invitation: invitationStates.get(m.id)?.state ?? null },
          filter,
        ),
      ),
    }));
  const total = allDelegations.reduce((sum, d) => sum + d.members.length, 0);
  const shown = delegations.reduce((sum, d) => sum + d.shown.length, 0);
  return (
    <div>
      <OrganizerEventHeader event={event} current="delegations" />
      <div className="mb-6 flex flex-wrap gap-3 text-sm">
        <Link href={`${base}/delegations/import`} className="rounded bg-accent px-4 py-2 font-medium text-white hover:bg-accent-strong">
          {t("importLink")}
        </Link>
        <a href={`/${locale}${base}/delegations/export`} className="rounded border border-line bg-white px-4 py-2 hover:bg-paper" download>
          {t("exportLink")}
        </a>
        <a href={`/${locale}${base}/delegations/export?format=xlsx`} className="rounded border border-line bg-white px-4 py-2 hover:bg-paper" download>
          {t("exportXlsxLink")}
        </a>
        <Link href={`${base}/outbox`} className="rounded border border-line bg-white px-4 py-2 hover:bg-paper">
          {t("outboxLink")}
        </Link>
      </div>
      {/* minmax(0, …) columns and min-w-0: a wide table scrolls inside its own box, never the page (360 px). */}
      <div className="grid grid-cols-1 gap-8 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-8">
          {parity && <ParityPanel parity={parity} />}
          <p className="text-sm text-muted">{t("privacyNote")}</p>
          <RosterFilterForm
            action={`/${locale}${base}/delegations`}
            filter={filter}
            invalid={invalid}
            parties={event.parties}
            filtered={filtered}
            clearHref={`${base}/delegations`}
          />
          <div className="space-y-2">
            {filtered && <p className="text-sm">{t("shownCount", { shown, total })}</p>}
            {shown > 0 ? <SelectAllShown count={shown} /> : filtered && <p className="text-muted">{t("noneShown")}</p>}
          </div>
          {delegations.map((delegation) => {
            const coming = delegation.members.filter((m) => m.status === "registered" || m.status === "confirmed").length;
            return (
              <section key={delegation.id} aria-labelledby={`delegation-${delegation.id}`} className="space-y-2">
                <h2 id={`delegation-${delegation.id}`} className="text-xl font-semibold">
                  {t("delegationOf", { party: delegation.partyName })}
                </h2>
                <p className="text-sm text-muted">{t("counts", { total: delegation.members.length, coming, target: delegation.targetSize ?? 0 })}</p>
                <TargetSizeForm eventId={event.id} delegationId={delegation.id} partyName={delegation.partyName} targetSize={delegation.targetSize} />
                {delegation.members.length === 0 ? (
                  <p className="text-muted">{t("empty")}</p>
                ) : delegation.shown.length === 0 ? (
                  <p className="text-muted">{t("noneShown")}</p>
                ) : (
                  <div className="overflow-x-auto rounded border border-line bg-white">
                    <table className="w-full text-left text-sm">
                      <caption className="sr-only">{t("delegationOf", { party: delegation.partyName })}</caption>
                      <thead className="bg-paper">
                        <tr>
                          <th scope="col" className="p-2">
                            <span className="sr-only">{t("select")}</span>
                          </th>
                          <th scope="col" className="p-2">
                            {labels("name")}
                          </th>
                          <th scope="col" className="p-2">
                            {labels("role")}
                          </th>
                          <th scope="col" className="p-2">
                            {labels("status")}
                          </th>
                          <th scope="col" className="p-2">
                            {t("invitation")}
                          </th>
                          <th scope="col" className="p-2">
                            {labels("sector")}
                          </th>
                          <th scope="col" className="p-2">
                            {labels("consent")}
                          </th>
                          <th scope="col" className="p-2">
                            {labels("contact")}
                          </th>
                          <th scope="col" className="p-2">
                            {t("needs")}
                          </th>
                        </tr>
                      </thead>
                      <tbody className="divide-y divide-line">
                        {delegation.shown.map((m) => {
                          const invitation = invitationStates.get(m.id);
                          const live = invitation?.state === "valid";
                          return (
                            <tr key={m.id}>
                              <td className="p-2 align-top">
                                <input
                                  type="checkbox"
                                  name="memberIds"
                                  value={m.id}
                                  form={BULK_FORM_ID}
                                  // Read by the bulk bar to count ticked people who would get a second link (LIVE_INVITATION_ATTRIBUTE).
                                  data-live-invitation={live ? "" : undefined}
                                  aria-label={t("selectPerson", { name: m.nameLatin })}
                                  className="h-5 w-5"
                                />
                              </td>
                              <th scope="row" className="p-2 align-top font-medium">
                                <Link href={`${base}/delegations/${m.id}`} className="text-accent underline-offset-4 hover:underline">
                                  {m.nameLatin}
                                </Link>
                                {m.nameNative && <span className="block font-normal text-muted">{m.nameNative}</span>}
                                <span className="block font-normal text-muted">{[m.position, m.organization].filter(Boolean).join(", ")}</span>
                              </th>
                              <td className="p-2 align-top">{labels(`roles.${m.role}`)}</td>
                              <td className="p-2 align-top">{labels(`statuses.${m.status}`)}</td>
                              <td className="p-2 align-top">
                                {invitation ? (
                                  <>
                                    <span className={live ? "font-medium text-ok" : undefined}>{t(`invitationStates.${invitation.state}`)}</span>
                                    {live && (
                                      <span className="block text-muted">
                                        {t("expiresAt", { when: formatDateTimeInZone(invitation.expiresAt, event.timeZone, locale) })}
                                      </span>
                                    )}
                                    {invitation.lastSentAt && (
                                      <span className="block text-muted">
                                        {t("sentAt", { when: formatDateTimeInZone(invitation.lastSentAt, event.timeZone, locale) })}
                                      </span>
                                    )}
                                  </>
                                ) : (
                                  <span className="text-muted">{t("notInvited")}</span>
                                )}
                              </td>
                              <td className="p-2 align-top">{labels(`sectors.${m.sector}`)}</td>
                              <td className="p-2 align-top">{labels(`consents.${m.consent}`)}</td>
                              <td className="p-2 align-top">
                                {m.email && <span className="block">{m.email}</span>}
                                {m.phone && <span className="block">{m.phone}</span>}
                              </td>
                              <td className="p-2 align-top">
                                {m.dietaryNeeds && <span className="block">{t("dietary", { needs: m.dietaryNeeds })}</span>}
                                {m.accessibilityNeeds && <span className="block">{t("accessibility", { needs: m.accessibilityNeeds })}</span>}
                              </td>
                            </tr>
                          );
                        })}
                      </tbody>
                    </table>
                  </div>
                )}
              </section>
            );
          })}
        </div>
        <div className="space-y-6">
          <BulkActionsForm
            eventId={event.id}
            requestKey={randomUUID()}
            liveOnRoster={liveOnRoster}
            filter={filterParams(filter)}
            exportHref={`/${locale}${base}/delegations/export`}
            agendaItems={agenda.map((item) => ({
              id: item.id,
              label: `${item.title} · ${formatDay(instantToZonedParts(item.startsAt, event.timeZone).date, locale)}, ${formatTimeRangeWithZone(item.startsAt, item.endsAt, event.timeZone, locale)}`,
            }))}
          />
          <section aria-labelledby="add-person-heading" className="h-fit rounded border border-line bg-white p-4">
            <h2 id="add-person-heading" className="text-lg font-semibold">
              {t("addPerson")}
            </h2>
            <PersonForm eventId={event.id} parties={event.parties} requestKey={randomUUID()} />
          </section>
        </div>
      </div>
    </div>
  );
}
