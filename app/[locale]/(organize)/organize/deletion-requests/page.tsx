import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requireOrganizer } from "@/lib/auth/viewer";
import { listDeletionRequestsForOrganizer } from "@/lib/privacy/deletion";
import { formatDay } from "@/lib/time/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("deletionRequests");
  return { title: t("title") };
}

const day = (d: Date, locale: string) => formatDay(d.toISOString().slice(0, 10), locale);

/** Requests to delete personal data from people in this organizer's events; decided on the person's page. */
export default async function DeletionRequestsPage() {
  const viewer = await requireOrganizer();
  const { pending, decided } = await listDeletionRequestsForOrganizer(viewer);
  const t = await getTranslations("deletionRequests");
  const locale = await getLocale();
  const personLinks = (request: (typeof pending)[number]) => (
    <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {request.memberships.map((m) => (
        <li key={m.memberId}>
          <Link href={`/organize/events/${m.eventId}/delegations/${m.memberId}`} className="text-accent underline-offset-4 hover:underline">
            {t("openPerson", { name: request.name, event: m.eventTitle })}
          </Link>
        </li>
      ))}
    </ul>
  );
  return (
    <div className="space-y-8">
      <div>
        <p className="mb-2 text-sm">
          <Link href="/organize" className="text-accent underline-offset-4 hover:underline">
            {t("backToDashboard")}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-muted">{t("intro")}</p>
      </div>
      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading" className="text-xl font-semibold">
          {t("pendingTitle")}
        </h2>
        {pending.length === 0 ? (
          <p className="mt-2 text-muted">{t("nonePending")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-line rounded border border-line bg-white">
            {pending.map((request) => (
              <li key={request.id} className="p-4">
                <p className="font-medium">{request.name}</p>
                <p className="text-sm text-muted">{t("askedOn", { date: day(request.requestedAt, locale) })}</p>
                {request.reason && <p className="text-sm">{t("theirReason", { reason: request.reason })}</p>}
                {personLinks(request)}
              </li>
            ))}
          </ul>
        )}
      </section>
      {decided.length > 0 && (
        <section aria-labelledby="decided-heading">
          <h2 id="decided-heading" className="text-xl font-semibold">
            {t("decidedTitle")}
          </h2>
          <ul className="mt-3 divide-y divide-line rounded border border-line bg-white">
            {decided.map((request) => (
              <li key={request.id} className="p-4">
                <p className="font-medium">{request.name}</p>
                <p className="text-sm text-muted">
                  {t(`decision.${request.status as "done" | "declined"}`, { date: day(request.decidedAt ?? request.requestedAt, locale) })}
                  {request.status === "declined" && request.decisionNote && <> · “{request.decisionNote}”</>}
                </p>
                {personLinks(request)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
