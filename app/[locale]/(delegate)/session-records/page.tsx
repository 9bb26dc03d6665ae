import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { FinalRecordView } from "@/components/records/final-record";
import { listEventsForDelegate } from "@/lib/agenda/queries";
import { requireDelegate } from "@/lib/auth/viewer";
import { listFinalRecords } from "@/lib/records/reading";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("recordReading");
  return { title: t("title") };
}

/** What was recorded at the delegate's events: final records of the items delegates may see, without attribution where closed-door. */
export default async function SessionRecordsPage() {
  const viewer = await requireDelegate();
  const events = await listEventsForDelegate(viewer);
  const all = await listFinalRecords(
    events.map((e) => e.id),
    "delegate",
    undefined,
    await getLocale(),
  );
  const t = await getTranslations("recordReading");
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-muted">{t("delegateIntro")}</p>
      {events.map((event) => {
        const mine = all.filter((r) => r.eventId === event.id);
        return (
          <section key={event.id} aria-labelledby={`event-${event.id}`} className="space-y-3">
            <h2 id={`event-${event.id}`} className="text-xl font-semibold">
              {event.title}
            </h2>
            {mine.length === 0 ? (
              <p className="text-muted">{t("none")}</p>
            ) : (
              mine.map((record) => <FinalRecordView key={record.recordId} record={record} zone={event.timeZone} audience="delegate" />)
            )}
          </section>
        );
      })}
    </div>
  );
}
