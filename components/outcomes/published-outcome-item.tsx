import { getLocale, getTranslations } from "next-intl/server";
import { ContentText } from "@/components/content/content-text";
import { Link } from "@/i18n/navigation";
import type { PublishedOutcomeListing } from "@/lib/outcomes/public";
import { excerpt, matchingStatement } from "@/lib/outcomes/search-text";
import { formatDateTime, formatDayRange, formatDateTimeInZone } from "@/lib/time/format";

/**
 * One published outcome in a list (home page, search): the event linked to its page, where and
 * when it was held, when the outcome was published (in the event's time zone, which it names) and
 * a short excerpt of the statement, with the searched words marked.
 */
export async function PublishedOutcomeItem({
  outcome,
  query = "",
  headingLevel = 3,
}: {
  outcome: PublishedOutcomeListing;
  query?: string;
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations("publicOutcome");
  const search = await getTranslations("publicOutcomes");
  const languages = await getTranslations("languages");
  const locale = await getLocale();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const statement = matchingStatement(outcome.statements, query, locale);
  const shown = statement ? excerpt(statement.text, query) : null;
  return (
    <li className="rounded border border-line bg-white p-4">
      <p className="text-sm text-muted">
        <Link href={`/initiatives/${outcome.initiativeSlug}`} className="underline-offset-4 hover:underline">
          {outcome.initiativeName}
        </Link>
      </p>
      <Heading className="mt-1 text-lg font-semibold break-words">
        <Link href={`/events/${outcome.slug}`} className="text-accent underline-offset-4 hover:underline">
          <ContentText text={outcome.title} shownIn={outcome.shownIn.title} />
        </Link>
      </Heading>
      <p className="text-sm">
        {formatDayRange(outcome.firstDay, outcome.lastDay, locale)} · {t("place", { city: outcome.city, country: outcome.country })}
      </p>
      <p className="mt-1 text-sm text-muted">
        <time dateTime={outcome.firstPublishedAt.toISOString()}>
          {t("publishedOn", { date: formatDateTime(outcome.firstPublishedAt, outcome.timeZone, locale), zone: outcome.timeZone })}
        </time>
        {outcome.revision > 1 && (
          <>
            {" · "}
            <time dateTime={outcome.publishedAt.toISOString()}>
              {t("correctedOn", { date: formatDateTimeInZone(outcome.publishedAt, outcome.timeZone, locale) })}
            </time>
          </>
        )}
      </p>
      {!outcome.jointlySigned && <p className="mt-1 text-sm font-medium text-warn">{t("notJointlySigned")}</p>}
      {statement && shown && (
        <div className="mt-2 border-l-4 border-line pl-3 text-sm">
          {statement.language !== locale && (
            <p className="text-xs text-muted">
              {search("excerpt", { language: languages.has(statement.language) ? languages(statement.language) : statement.language })}
            </p>
          )}
          <p lang={statement.language} className="break-words leading-relaxed">
            {shown.before}
            {shown.match && <mark className="bg-yellow-100 text-ink">{shown.match}</mark>}
            {shown.after}
          </p>
        </div>
      )}
    </li>
  );
}
