import { getLocale, getTranslations } from "next-intl/server";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { getDeletionRequestForMember } from "@/lib/privacy/deletion";
import { formatDay } from "@/lib/time/format";
import { DeletionDecisionForms } from "./deletion-decision-forms";

const day = (d: Date, locale: string) => formatDay(d.toISOString().slice(0, 10), locale);

/** On a person's page: their deletion request, with confirm and decline while it is open. */
export async function DeletionRequestSection({ viewer, eventId, memberId }: { viewer: OrganizerViewer; eventId: string; memberId: string }) {
  const request = await getDeletionRequestForMember(viewer, eventId, memberId);
  if (!request) return null;
  const t = await getTranslations("deletionRequests");
  const locale = await getLocale();
  return (
    <section aria-labelledby="deletion-request-heading" className="space-y-3 rounded border border-danger bg-white p-4">
      <h3 id="deletion-request-heading" className="text-lg font-semibold">
        {t("sectionTitle")}
      </h3>
      {request.status === "pending" ? (
        <>
          <p className="text-sm">{t("askedOn", { date: day(request.requestedAt, locale) })}</p>
          {request.reason && <p className="text-sm text-muted">{t("theirReason", { reason: request.reason })}</p>}
          <p className="text-sm">{t("whatHappens")}</p>
          <DeletionDecisionForms requestId={request.id} />
        </>
      ) : request.status === "done" ? (
        <p className="text-sm">{t("doneOn", { date: day(request.decidedAt ?? request.requestedAt, locale), by: request.decidedByEmail ?? "—" })}</p>
      ) : (
        <p className="text-sm">
          {t("declinedOn", { date: day(request.decidedAt ?? request.requestedAt, locale), by: request.decidedByEmail ?? "—", note: request.decisionNote })}
        </p>
      )}
    </section>
  );
}
