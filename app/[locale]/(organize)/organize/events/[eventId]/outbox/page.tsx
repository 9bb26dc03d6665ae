import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { OrganizerEventHeader } from "@/components/events/organizer-event-header";
import { loadOrganizerEvent, organizerEventMetadata } from "@/lib/events/load";
import { listOutbox } from "@/lib/invitations/queries";
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

export default async function OutboxPage({ params }: PageProps<"/[locale]/organize/events/[eventId]/outbox">) {
  const { eventId } = await params;
  const { viewer, event } = await loadOrganizerEvent(eventId);
  const messages = await listOutbox(viewer, event.id);
  if (!messages) notFound();
  const t = await getTranslations("outbox");
  const locale = await getLocale();
  return (
    <div>
      <OrganizerEventHeader event={event} current="outbox" />
      <h2 className="text-xl font-semibold">{t("title")}</h2>
      <p className="mt-1 max-w-prose text-sm text-muted">{t("intro")}</p>
      {messages.length === 0 ? (
        <p className="mt-4 text-muted">{t("empty")}</p>
      ) : (
        <ol className="mt-4 space-y-3">
          {messages.map((m) => (
            <li key={m.id} className="rounded border border-line bg-white p-3">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium">{m.subject}</span> · {t("to", { address: m.to })}
                  <span className="block text-sm text-muted">
                    {formatDateTimeInZone(m.createdAt, event.timeZone, locale)} · {t(`statuses.${m.status}`)}
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
    </div>
  );
}
