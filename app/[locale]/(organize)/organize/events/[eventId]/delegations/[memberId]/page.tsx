import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { OrganizerEventHeader } from "@/components/events/organizer-event-header";
import { DeletionRequestSection } from "./_components/deletion-request-section";
import { Link } from "@/i18n/navigation";
import { requireOrganizer } from "@/lib/auth/viewer";
import { getMemberForOrganizer } from "@/lib/delegations/member";
import { mayBeInvited } from "@/lib/invitations/issue";
import { getInvitationStateForMember } from "@/lib/invitations/person-state";
import { listInvitationsForOrganizer } from "@/lib/invitations/queries";
import { listTravelDocumentsForOrganizer } from "@/lib/travel-documents/queries";
import { formatDateTimeInZone } from "@/lib/time/format";
import { InvitationStatePanel } from "./_components/invitation-state";
import { DetailsForm, InvitationButtons, RoleForm, StatusForm } from "./_components/member-forms";

export async function generateMetadata({ params }: PageProps<"/[locale]/organize/events/[eventId]/delegations/[memberId]">) {
  const { eventId, memberId } = await params;
  const found = await getMemberForOrganizer(await requireOrganizer(), eventId, memberId);
  return { title: found ? `${found.member.nameLatin} · ${found.event.title}` : undefined };
}

export default async function MemberPage({ params }: PageProps<"/[locale]/organize/events/[eventId]/delegations/[memberId]">) {
  const { eventId, memberId } = await params;
  const viewer = await requireOrganizer();
  const found = await getMemberForOrganizer(viewer, eventId, memberId);
  if (!found) notFound();
  const { event, member, history } = found;
  const invitation = (await listInvitationsForOrganizer(viewer, event.id)).get(member.id);
  const invitationState = await getInvitationStateForMember(viewer, event.id, member.id);
  // Masked: the full number is shown only on a manifest, and each reveal is audited there.
  const travelDocument = (await listTravelDocumentsForOrganizer(viewer, event.id))?.find((d) => d.memberId === member.id);
  const t = await getTranslations("member");
  const labels = await getTranslations("person");
  const roster = await getTranslations("delegations");
  const locale = await getLocale();
  const when = (d: Date) => formatDateTimeInZone(d, event.timeZone, locale);
  const facts: [string, string][] = [
    [labels("party"), member.partyName],
    [labels("nameNative"), member.nameNative],
    [labels("organization"), member.organization],
    [labels("position"), member.position],
    [labels("sector"), labels(`sectors.${member.sector}`)],
    [labels("role"), labels(`roles.${member.role}`)],
    [labels("status"), labels(`statuses.${member.status}`)],
    [labels("consent"), labels(`consents.${member.consent}`)],
    [labels("email"), member.email ?? ""],
    [labels("phone"), member.phone],
    [t("dietaryNeeds"), member.dietaryNeeds],
    [t("accessibilityNeeds"), member.accessibilityNeeds],
    [t("registeredAt"), member.registeredAt ? when(member.registeredAt) : ""],
  ];
  return (
    <div>
      <OrganizerEventHeader event={event} current="delegations" />
      <p className="mb-2 text-sm">
        <Link href={`/organize/events/${event.id}/delegations`} className="text-accent underline-offset-4 hover:underline">
          {t("backToRoster")}
        </Link>
      </p>
      <h2 className="text-xl font-semibold">{member.nameLatin}</h2>
      <div className="mt-4 grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-8">
          <section aria-labelledby="profile-heading">
            <h3 id="profile-heading" className="text-lg font-semibold">
              {t("profile")}
            </h3>
            <p className="text-sm text-muted">{roster("privacyNote")}</p>
            <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
              {facts.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-muted">{label}</dt>
                  <dd className="[overflow-wrap:anywhere]">{value || "—"}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section aria-labelledby="edit-heading" className="rounded border border-line bg-white p-4">
            <h3 id="edit-heading" className="text-lg font-semibold">
              {t("editTitle")}
            </h3>
            <DetailsForm
              eventId={event.id}
              memberId={member.id}
              details={{
                nameLatin: member.nameLatin,
                nameNative: member.nameNative,
                organization: member.organization,
                position: member.position,
                sector: member.sector,
                email: member.email ?? "",
                phone: member.phone,
                consent: member.consent,
                dietaryNeeds: member.dietaryNeeds,
                accessibilityNeeds: member.accessibilityNeeds,
                version: member.version,
              }}
            />
          </section>
          <section aria-labelledby="document-heading">
            <h3 id="document-heading" className="text-lg font-semibold">
              {t("travelDocument")}
            </h3>
            <p className="text-sm">
              {travelDocument
                ? t("travelDocumentOnFile", { number: travelDocument.maskedNumber, country: travelDocument.issuingCountry })
                : t("noTravelDocument")}{" "}
              <Link href={`/organize/events/${event.id}/crossings/documents`} className="text-accent underline">
                {t("travelDocumentsPage")}
              </Link>
            </p>
          </section>
          <section aria-labelledby="history-heading">
            <h3 id="history-heading" className="text-lg font-semibold">
              {t("history")}
            </h3>
            {history.length === 0 ? (
              <p className="text-sm text-muted">{t("noHistory")}</p>
            ) : (
              <ol className="mt-2 space-y-1 text-sm [overflow-wrap:anywhere]">
                {history.map((entry, i) => (
                  <li key={i}>
                    <span className="text-muted">{when(entry.at)}</span> ·{" "}
                    {t.has(`actions.${entry.action.replaceAll(".", "_")}`) ? t(`actions.${entry.action.replaceAll(".", "_")}`) : entry.action}
                    {typeof entry.details.from === "string" && typeof entry.details.to === "string" && entry.action === "delegation_member.status" && (
                      <>
                        {" "}
                        · {labels(`statuses.${entry.details.from}`)} → {labels(`statuses.${entry.details.to}`)}
                      </>
                    )}
                    {typeof entry.details.reason === "string" && entry.details.reason && <> · “{entry.details.reason}”</>}
                    {entry.actorEmail && <span className="text-muted"> · {entry.actorEmail}</span>}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
        <div className="min-w-0 space-y-6">
          <DeletionRequestSection viewer={viewer} eventId={event.id} memberId={member.id} />
          <section aria-labelledby="status-heading" className="rounded border border-line bg-white p-4">
            <h3 id="status-heading" className="text-lg font-semibold">
              {t("statusTitle")}
            </h3>
            <StatusForm eventId={event.id} memberId={member.id} status={member.status} />
          </section>
          <section aria-labelledby="role-heading" className="rounded border border-line bg-white p-4">
            <h3 id="role-heading" className="text-lg font-semibold">
              {t("roleTitle")}
            </h3>
            <RoleForm eventId={event.id} memberId={member.id} role={member.role} />
          </section>
          <section aria-labelledby="invitation-heading" className="rounded border border-line bg-white p-4">
            <h3 id="invitation-heading" className="text-lg font-semibold">
              {t("invitationTitle")}
            </h3>
            {invitationState && (
              <InvitationStatePanel
                state={invitationState}
                timeZone={event.timeZone}
                outboxHref={member.email ? `/organize/events/${event.id}/outbox?q=${encodeURIComponent(member.email)}` : null}
              />
            )}
            {!member.email && <p className="text-sm text-muted">{t("noEmail")}</p>}
            <InvitationButtons
              eventId={event.id}
              memberId={member.id}
              canSend={Boolean(member.email) && mayBeInvited(member)}
              canRevoke={invitation?.state === "valid"}
              sentBefore={Boolean(invitation)}
              requestKey={randomUUID()}
            />
          </section>
        </div>
      </div>
    </div>
  );
}
