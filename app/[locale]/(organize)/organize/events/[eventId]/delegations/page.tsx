import { getTranslations } from "next-intl/server";
import { OrganizerEventHeader } from "@/components/events/organizer-event-header";
import { listDelegationsForOrganizer } from "@/lib/delegations/queries";
import { loadOrganizerEvent, organizerEventMetadata } from "@/lib/events/load";
import { setHeadAction } from "./actions";
import { PersonForm } from "./_components/person-form";

export function generateMetadata({ params }: PageProps<"/[locale]/organize/events/[eventId]/delegations">) {
  return organizerEventMetadata(params, "delegations");
}

export default async function DelegationsPage({ params }: PageProps<"/[locale]/organize/events/[eventId]/delegations">) {
  const { eventId } = await params;
  const { viewer, event } = await loadOrganizerEvent(eventId);
  const delegations = (await listDelegationsForOrganizer(viewer, event.id)) ?? [];
  const t = await getTranslations("delegations");
  const labels = await getTranslations("person");
  return (
    <div>
      <OrganizerEventHeader event={event} current="delegations" />
      <div className="grid gap-8 xl:grid-cols-[1fr_22rem]">
        <div className="space-y-8">
          <p className="text-sm text-muted">{t("privacyNote")}</p>
          {delegations.map((delegation) => {
            const coming = delegation.members.filter((m) => m.status === "registered" || m.status === "confirmed").length;
            return (
              <section key={delegation.id} aria-labelledby={`delegation-${delegation.id}`}>
                <h2 id={`delegation-${delegation.id}`} className="text-xl font-semibold">
                  {t("delegationOf", { party: delegation.partyName })}
                </h2>
                <p className="text-sm text-muted">
                  {t("counts", { total: delegation.members.length, coming, target: delegation.targetSize ?? 0 })}
                </p>
                {delegation.members.length === 0 ? (
                  <p className="mt-2 text-muted">{t("empty")}</p>
                ) : (
                  <div className="mt-2 overflow-x-auto rounded border border-line bg-white">
                    <table className="w-full text-left text-sm">
                      <caption className="sr-only">{t("delegationOf", { party: delegation.partyName })}</caption>
                      <thead className="bg-paper">
                        <tr>
                          <th scope="col" className="p-2">{labels("name")}</th>
                          <th scope="col" className="p-2">{labels("role")}</th>
                          <th scope="col" className="p-2">{labels("status")}</th>
                          <th scope="col" className="p-2">{labels("sector")}</th>
                          <th scope="col" className="p-2">{labels("consent")}</th>
                          <th scope="col" className="p-2">{labels("contact")}</th>
                          <th scope="col" className="p-2"><span className="sr-only">{t("actions")}</span></th>
                        </tr>
                      </thead>
                      <tbody className="divide-y divide-line">
                        {delegation.members.map((m) => (
                          <tr key={m.id}>
                            <th scope="row" className="p-2 font-medium">
                              {m.nameLatin}
                              {m.nameNative && <span className="block font-normal text-muted">{m.nameNative}</span>}
                              <span className="block font-normal text-muted">{[m.position, m.organization].filter(Boolean).join(", ")}</span>
                            </th>
                            <td className="p-2">{labels(`roles.${m.role}`)}</td>
                            <td className="p-2">{labels(`statuses.${m.status}`)}</td>
                            <td className="p-2">{labels(`sectors.${m.sector}`)}</td>
                            <td className="p-2">{labels(`consents.${m.consent}`)}</td>
                            <td className="p-2">
                              {m.email && <span className="block">{m.email}</span>}
                              {m.phone && <span className="block">{m.phone}</span>}
                            </td>
                            <td className="p-2">
                              {m.role !== "head" && (
                                <form action={setHeadAction.bind(null, event.id, m.id)}>
                                  <button type="submit" className="rounded border border-line px-2 py-1 hover:bg-paper" aria-label={t("makeHeadOf", { name: m.nameLatin })}>
                                    {t("makeHead")}
                                  </button>
                                </form>
                              )}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </section>
            );
          })}
        </div>
        <section aria-labelledby="add-person-heading" className="h-fit rounded border border-line bg-white p-4">
          <h2 id="add-person-heading" className="text-lg font-semibold">
            {t("addPerson")}
          </h2>
          <PersonForm eventId={event.id} parties={event.parties} />
        </section>
      </div>
    </div>
  );
}
