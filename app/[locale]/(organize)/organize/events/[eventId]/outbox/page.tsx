import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { OrganizerEventHeader } from "@/components/events/organizer-event-header";
import { loadOrganizerEvent, organizerEventMetadata } from "@/lib/events/load";
import { Link } from "@/i18n/navigation";
import { searchOutbox } from "@/lib/invitations/queries";
import { MAIL_STATUSES, outboxSearchString, parseOutboxFilter } from "@/lib/mail/outbox-filter";
import { formatDateTimeInZone } from "@/lib/time/format";
import { retryMailAction } from "./actions";

export function generateMetadata({ params }: PageProps<"/[locale]/organize/events/[eventId]/outbox">) {
  return organizerEventMetadata(params, "outbox");
}

/** Plain-text mail (never HTML); links without a secret are made clickable, redacted ones (…) stay text. */
function MailBody({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s]+)/g);
  return (
    <pre className="mt-2 whitespace-pre-wrap break-words rounded bg-paper p-3 font-sans text-sm">
      {parts.map((part, i) =>
        /^https?:\/\//.test(part) && !part.includes("…") ? (
          <a key={i} href={part} className="text-accent underline" rel="noreferrer">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </pre>
  );
}

export default async function OutboxPage({ params, searchParams }: PageProps<"/[locale]/organize/events/[eventId]/outbox">) {
  const { eventId } = await params;
  const { viewer, event } = await loadOrganizerEvent(eventId);
  const filter = parseOutboxFilter(await searchParams);
  const found = await searchOutbox(viewer, event.id, filter);
  if (!found) notFound();
  const { messages, total, page, pages, kinds } = found;
  const t = await getTranslations("outbox");
  const locale = await getLocale();
  const filtered = Boolean(filter.q || filter.status || filter.kind);
  const base = `/organize/events/${event.id}/outbox`;
  const kindLabel = (kind: string) => (t.has(`kinds.${kind}`) ? t(`kinds.${kind}`) : kind);
  const control = "block w-full rounded border border-line bg-white px-3 py-2 text-base";
  const pagerLink = "rounded border border-line bg-white px-3 py-1 hover:bg-paper";
  return (
    <div>
      <OrganizerEventHeader event={event} current="outbox" />
      <h2 className="text-xl font-semibold">{t("title")}</h2>
      <p className="mt-1 max-w-prose text-sm text-muted">{t("intro")}</p>
      {/* A GET form: the address keeps the search and filters, and it works without JavaScript. */}
      <form
        role="search"
        method="get"
        aria-label={t("filtersTitle")}
        className="mt-4 grid gap-3 rounded border border-line bg-white p-3 sm:grid-cols-[1fr_12rem_12rem_auto] sm:items-end"
      >
        <div>
          <label htmlFor="outbox-q" className="block text-sm font-medium">
            {t("search")}
          </label>
          <input id="outbox-q" type="search" name="q" defaultValue={filter.q} maxLength={200} className={control} />
        </div>
        <div>
          <label htmlFor="outbox-status" className="block text-sm font-medium">
            {t("status")}
          </label>
          <select id="outbox-status" name="status" defaultValue={filter.status ?? ""} className={control}>
            <option value="">{t("all")}</option>
            {MAIL_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`statuses.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="outbox-kind" className="block text-sm font-medium">
            {t("kind")}
          </label>
          <select id="outbox-kind" name="kind" defaultValue={filter.kind ?? ""} className={control}>
            <option value="">{t("all")}</option>
            {[...new Set([...kinds, ...(filter.kind ? [filter.kind] : [])])].map((kind) => (
              <option key={kind} value={kind}>
                {kindLabel(kind)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-accent px-4 py-2 font-medium text-white hover:bg-accent-strong">
          {t("apply")}
        </button>
      </form>
      <p className="mt-3 text-sm">
        {total === 0 && !filtered ? t("empty") : t("count", { count: total })}
        {filtered && (
          <>
            {" "}
            <Link href={base} className="text-accent underline underline-offset-4">
              {t("clear")}
            </Link>
          </>
        )}
      </p>
      {messages.length > 0 && (
        <ol className="mt-4 space-y-3">
          {messages.map((m) => (
            <li key={m.id} className="rounded border border-line bg-white p-3">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium">{m.subject}</span> · {m.name && <span className="font-medium">{m.name}</span>}
                  {m.name && " · "}
                  {t("to", { address: m.to })}
                  <span className="block text-sm text-muted">
                    {formatDateTimeInZone(m.createdAt, event.timeZone, locale)} · {kindLabel(m.kind)} · {t(`statuses.${m.status}`)}
                    {m.attempts > 0 && ` · ${t("tries", { count: m.attempts })}`}
                    {m.error && ` · ${m.status === "failed" ? m.error : t("lastError", { reason: m.error })}`}
                  </span>
                </summary>
                <MailBody text={m.body} />
              </details>
              {m.status === "failed" && (
                <form action={retryMailAction.bind(null, event.id, m.id)} className="mt-2">
                  <button
                    type="submit"
                    className="rounded border border-line px-3 py-1 text-sm hover:bg-paper"
                    aria-label={t("retryLabel", { subject: m.subject, address: m.to })}
                  >
                    {t("retry")}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ol>
      )}
      {pages > 1 && (
        <nav aria-label={t("pages")} className="mt-4 flex flex-wrap items-center gap-3 text-sm">
          {page > 1 && (
            <Link href={`${base}${outboxSearchString(filter, page - 1)}`} rel="prev" className={pagerLink}>
              {t("previous")}
            </Link>
          )}
          <span aria-current="page">{t("pageOf", { page, pages })}</span>
          {page < pages && (
            <Link href={`${base}${outboxSearchString(filter, page + 1)}`} rel="next" className={pagerLink}>
              {t("next")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
