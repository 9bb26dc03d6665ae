import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/time/format";

type Published = {
  revision: number;
  statements: { language: string; text: string }[];
  note: string;
  publishedAt: Date;
  firstPublishedAt: Date;
};

/** The published statement, every language version side by side; a correction says so. */
export async function PublishedOutcome({ outcome, zone }: { outcome: Published; zone: string }) {
  const t = await getTranslations("event");
  const languages = await getTranslations("languages");
  const locale = await getLocale();
  return (
    <div className="mt-2 space-y-4">
      <p className="text-sm text-muted">
        {t("publishedOn", { date: formatDateTime(outcome.firstPublishedAt, zone, locale) })}
        {outcome.revision > 1 && <> · {t("correctedOn", { date: formatDateTime(outcome.publishedAt, zone, locale) })}</>}
      </p>
      {outcome.revision > 1 && outcome.note && <p className="text-sm">{t("correctionNote", { note: outcome.note })}</p>}
      <div className="grid gap-4 md:grid-cols-2">
        {outcome.statements.map((statement) => (
          <section key={statement.language} lang={statement.language} aria-label={languages(statement.language)} className="rounded border border-line bg-white p-4">
            <h3 className="text-sm font-semibold uppercase tracking-wide text-muted">{languages(statement.language)}</h3>
            <div className="mt-2 space-y-3 whitespace-pre-line leading-relaxed">{statement.text}</div>
          </section>
        ))}
      </div>
    </div>
  );
}
