import { getLocale, getTranslations } from "next-intl/server";
import { ContentText } from "@/components/content/content-text";
import type { FinalRecord, ReadingAudience } from "@/lib/records/reading";
import { themeLabel, type RecommendationThemeKey } from "@/lib/records/themes";
import { formatDateTime, formatTime, withZone } from "@/lib/time/format";
import { SafeMarkdown } from "./safe-markdown";

/** One final record as the public or a delegate reads it (the query has already left out what they may not see). */
export async function FinalRecordView({
  record,
  zone,
  audience,
  headingLevel = 3,
}: {
  record: FinalRecord;
  zone: string;
  audience: ReadingAudience;
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations("recordReading");
  const editor = await getTranslations("recordEditor");
  const agenda = await getTranslations("agenda");
  const themes = await getTranslations("themes");
  const records = await getTranslations("records");
  const locale = await getLocale();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  // The public agenda names a closed-door item only as "Closed session"; its record does the same.
  const title = record.closedDoor && audience === "public" ? agenda("closedSession") : record.title;
  const id = `record-${record.recordId}`;
  return (
    <article aria-labelledby={id} className="space-y-3 rounded border border-line bg-white p-4">
      <header>
        <Heading id={id} className="text-lg font-semibold">
          {title}
        </Heading>
        <p className="text-sm text-muted">
          {formatDateTime(record.startsAt, zone, locale)}–{withZone(formatTime(record.endsAt, zone, locale), zone)} · {agenda(`kinds.${record.kind}`)}
          {record.closedDoor && <> · {t("closedDoor")}</>}
        </p>
      </header>
      {record.summary.trim() && <SafeMarkdown text={record.summary} />}
      {record.keyPoints.trim() && (
        <section aria-label={editor("keyPoints")}>
          <p className="font-medium">{editor("keyPoints")}</p>
          <SafeMarkdown text={record.keyPoints} />
        </section>
      )}
      {record.officials.length > 0 && (
        <p className="text-sm">
          <span className="font-medium">{t("officialsMet")}</span> {record.officials.map((o) => `${o.name}, ${o.position}`).join("; ")}
        </p>
      )}
      {record.speakers.length > 0 && (
        <p className="text-sm">
          <span className="font-medium">{t("spoke")}</span> {record.speakers.map((s) => `${s.name} (${s.partyName})`).join(", ")}
        </p>
      )}
      {record.topics.trim() && (
        <section aria-label={editor("meeting.topics")}>
          <p className="font-medium">{editor("meeting.topics")}</p>
          <SafeMarkdown text={record.topics} />
        </section>
      )}
      {record.attendance.length > 0 && (
        <p className="text-sm text-muted">
          {t("attendance", { parties: record.attendance.map((a) => t("partyPresent", { party: a.partyName, count: a.present })).join(", ") })}
        </p>
      )}
      {record.recommendations.length > 0 && (
        <section aria-label={t("recommendations")}>
          <p className="font-medium">{t("recommendations")}</p>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {record.recommendations.map((r, i) => (
              <li key={i}>
                <span className="font-medium">{themeLabel(r.theme, (key: RecommendationThemeKey) => themes(key)) || records("noTheme")}:</span>{" "}
                <ContentText text={r.text} shownIn={r.shownIn} />
                {r.adopted && <> ({t("adopted")})</>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
