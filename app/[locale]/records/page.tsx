import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { listMyRecords } from "@/lib/records/queries";
import { formatDateTime, formatTime, withZone } from "@/lib/time/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("records");
  return { title: t("mine") };
}

/** The rapporteur's list: every record assigned to me, what is still to write first. */
export default async function MyRecordsPage() {
  const viewer = await requireViewer();
  const rows = await listMyRecords(viewer);
  const t = await getTranslations("records");
  const agenda = await getTranslations("agenda");
  const locale = await getLocale();
  const toWrite = rows.filter((r) => r.status !== "final");
  const done = rows.filter((r) => r.status === "final");
  const list = (items: typeof rows) => (
    <ul className="space-y-2">
      {items.map((r) => (
        <li key={r.itemId} className="rounded border border-line bg-white p-3">
          <Link href={`/records/${r.itemId}`} className="font-semibold text-accent underline">
            {t("writeLink", { title: r.title })}
          </Link>
          <p className="text-sm text-muted">
            {r.eventTitle} · {formatDateTime(r.startsAt, r.timeZone, locale)}–{withZone(formatTime(r.endsAt, r.timeZone, locale), r.timeZone)} ·{" "}
            {agenda(`kinds.${r.kind}`)}
            {r.closedDoor && <> · {agenda("closedDoor")}</>}
          </p>
          <p className="text-sm">
            {r.status === "final" ? t("state.final") : r.version > 0 ? t("state.draft", { version: r.version }) : t("state.notStarted")}
          </p>
        </li>
      ))}
    </ul>
  );
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <h1 className="text-2xl font-semibold">{t("mine")}</h1>
      {rows.length === 0 && <p className="text-muted">{t("noneAssigned")}</p>}
      {toWrite.length > 0 && (
        <section aria-labelledby="to-write" className="space-y-2">
          <h2 id="to-write" className="text-lg font-semibold">
            {t("toWrite", { count: toWrite.length })}
          </h2>
          {list(toWrite)}
        </section>
      )}
      {done.length > 0 && (
        <section aria-labelledby="done" className="space-y-2">
          <h2 id="done" className="text-lg font-semibold">
            {t("finalized", { count: done.length })}
          </h2>
          {list(done)}
        </section>
      )}
    </div>
  );
}
