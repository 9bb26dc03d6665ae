import { getLocale, getTranslations } from "next-intl/server";
import { ContentText } from "@/components/content/content-text";
import { Link } from "@/i18n/navigation";
import { pageHref } from "@/lib/pagination";
import { OUTCOME_PAGE_RECOMMENDATIONS, themeSummary } from "@/lib/public-event/recommendations";
import { themeLabel, type RecommendationThemeKey } from "@/lib/records/themes";
import { formatDateTimeInZone } from "@/lib/time/format";

type Statement = { language: string; text: string };
type Published = {
  revision: number;
  statements: Statement[];
  /** In the reader's language; `shownIn` names the language of one that has no version in theirs. */
  recommendations: { theme: string; text: string; shownIn?: string }[];
  pressConference: { startsAt: string | null; place: string };
  /** The language the place is shown in when it is not the reader's (no version in theirs). */
  pressPlaceShownIn?: string;
  speakers: { name: string; partyName: string }[];
  links: { label: string; url: string }[];
  note: string;
  jointlySigned: boolean;
  unsignedReason: string;
  publishedAt: Date;
  firstPublishedAt: Date;
  earlier: { revision: number; statements: Statement[]; publishedAt: Date; note: string }[];
};

function Statements({
  statements,
  label,
  labelLanguage,
  anchored = false,
}: {
  statements: Statement[];
  label: (language: string) => string;
  /** The page's language: each label is in it (and upper-cased by its rules), inside a statement in another. */
  labelLanguage: string;
  anchored?: boolean;
}) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {statements.map((statement) => (
        <section
          key={statement.language}
          id={anchored ? `outcome-${statement.language}` : undefined}
          lang={statement.language}
          aria-label={label(statement.language)}
          className="scroll-mt-4 rounded border border-line bg-white p-4"
        >
          <h3 lang={labelLanguage} className="text-sm font-semibold uppercase tracking-wide text-muted">
            {label(statement.language)}
          </h3>
          <div className="mt-2 space-y-3 whitespace-pre-line leading-relaxed">{statement.text}</div>
        </section>
      ))}
    </div>
  );
}

/**
 * The published statement, every language version side by side, with the adopted recommendations.
 * A correction says so, and the earlier versions stay readable; a publication without every
 * party's sign-off says that too.
 */
export async function PublishedOutcome({
  outcome,
  zone,
  fullOutcomeHref,
  recommendationsHref,
}: {
  outcome: Published;
  zone: string;
  /** On a summary (the event page): the recommendations are counted and linked here instead of listed. */
  fullOutcomeHref?: string;
  /**
   * On the outcome page: the full list's own pages. Past OUTCOME_PAGE_RECOMMENDATIONS the outcome
   * shows each theme with its count and first few, linked to where the theme starts there.
   */
  recommendationsHref?: string;
}) {
  const t = await getTranslations("event");
  const pages = await getTranslations("eventPages");
  const languages = await getTranslations("languages");
  const themes = await getTranslations("themes");
  const locale = await getLocale();
  const label = (language: string) => languages(language);
  const byTheme = new Map<string, { text: string; shownIn?: string }[]>();
  for (const r of outcome.recommendations) byTheme.set(r.theme, [...(byTheme.get(r.theme) ?? []), { text: r.text, shownIn: r.shownIn }]);
  const themeName = (theme: string) => themeLabel(theme, (key: RecommendationThemeKey) => themes(key));
  const summarised = !fullOutcomeHref && recommendationsHref !== undefined && outcome.recommendations.length > OUTCOME_PAGE_RECOMMENDATIONS;
  return (
    <div className="mt-2 space-y-4">
      <p className="text-sm text-muted">
        {t("publishedOn", { date: formatDateTimeInZone(outcome.firstPublishedAt, zone, locale) })}
        {outcome.revision > 1 && <> · {t("correctedOn", { date: formatDateTimeInZone(outcome.publishedAt, zone, locale) })}</>}
      </p>
      {!outcome.jointlySigned && (
        <p className="rounded border border-warn bg-amber-50 p-2 text-sm font-medium">{t("notJointlySigned", { reason: outcome.unsignedReason })}</p>
      )}
      {outcome.revision > 1 && outcome.note && <p className="text-sm">{t("correctionNote", { note: outcome.note })}</p>}
      {outcome.statements.length > 1 && (
        // On a phone the versions stack: go straight to one's own language.
        <nav aria-label={t("readIn")} className="flex flex-wrap gap-2 text-sm print:hidden">
          {outcome.statements.map((statement) => (
            <a key={statement.language} href={`#outcome-${statement.language}`} className="rounded border border-line bg-white px-3 py-1 hover:bg-paper">
              {label(statement.language)}
            </a>
          ))}
        </nav>
      )}
      <Statements statements={outcome.statements} label={label} labelLanguage={locale} anchored />
      {byTheme.size > 0 && fullOutcomeHref && (
        <section aria-labelledby="adopted-heading">
          <h3 id="adopted-heading" className="text-lg font-semibold">
            {t("adoptedRecommendations")}
          </h3>
          <p>
            {pages("adoptedSummary", { count: outcome.recommendations.length })} ·{" "}
            <Link href={fullOutcomeHref} className="text-accent underline">
              {pages("readAdopted")}
            </Link>
          </p>
        </section>
      )}
      {byTheme.size > 0 && summarised && (
        <section aria-labelledby="adopted-heading">
          <h3 id="adopted-heading" className="text-lg font-semibold">
            {t("adoptedRecommendations")}
          </h3>
          <p>
            <Link href={recommendationsHref} className="text-accent underline">
              {pages("readAllAdopted", { count: outcome.recommendations.length })}
            </Link>
          </p>
          {themeSummary(outcome.recommendations).map(({ theme, count, preview, previewShownIn, page }) => (
            <div key={theme} className="mt-2">
              <p className="font-medium">{pages("themeWithCount", { theme: themeName(theme), count })}</p>
              <ul className="list-disc pl-6">
                {preview.map((text, i) => (
                  <li key={i}>
                    <ContentText text={text} shownIn={previewShownIn?.[i]} />
                  </li>
                ))}
              </ul>
              {count > preview.length && (
                <p className="pl-6 text-sm print:hidden">
                  <Link href={pageHref(recommendationsHref, page)} className="text-accent underline">
                    {pages("themeMore", { theme: themeName(theme), count: count - preview.length })}
                  </Link>
                </p>
              )}
            </div>
          ))}
        </section>
      )}
      {byTheme.size > 0 && !fullOutcomeHref && !summarised && (
        <section aria-labelledby="adopted-heading">
          <h3 id="adopted-heading" className="text-lg font-semibold">
            {t("adoptedRecommendations")}
          </h3>
          {[...byTheme.entries()].map(([theme, texts]) => (
            <div key={theme} className="mt-2">
              <p className="font-medium">{themeName(theme)}</p>
              <ul className="list-disc pl-6">
                {texts.map(({ text, shownIn }, i) => (
                  <li key={i}>
                    <ContentText text={text} shownIn={shownIn} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      {(outcome.pressConference.startsAt || outcome.pressConference.place || outcome.speakers.length > 0) && (
        <section aria-labelledby="press-heading">
          <h3 id="press-heading" className="text-lg font-semibold">
            {t("pressConference")}
          </h3>
          <p>
            {outcome.pressConference.startsAt && formatDateTimeInZone(new Date(outcome.pressConference.startsAt), zone, locale)}
            {outcome.pressConference.startsAt && outcome.pressConference.place && " · "}
            {outcome.pressConference.place && <ContentText text={outcome.pressConference.place} shownIn={outcome.pressPlaceShownIn} />}
          </p>
          {outcome.speakers.length > 0 && (
            <p className="text-sm">{t("pressSpeakers", { names: outcome.speakers.map((s) => `${s.name} (${s.partyName})`).join(", ") })}</p>
          )}
        </section>
      )}
      {outcome.links.length > 0 && (
        <section aria-labelledby="links-heading">
          <h3 id="links-heading" className="text-lg font-semibold">
            {t("links")}
          </h3>
          <ul className="list-disc pl-6">
            {outcome.links.map((link) => (
              <li key={link.url}>
                <a href={link.url} rel="noopener noreferrer nofollow" className="text-accent underline">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {outcome.earlier.length > 0 && (
        <details className="rounded border border-line bg-white p-3">
          <summary className="cursor-pointer font-medium">{t("earlierVersions")}</summary>
          {outcome.earlier.map((rev) => (
            <section
              key={rev.revision}
              aria-label={t("revisionOf", { revision: rev.revision, date: formatDateTimeInZone(rev.publishedAt, zone, locale) })}
              className="mt-3 space-y-2"
            >
              <h4 className="text-sm font-semibold">
                {t("revisionOf", { revision: rev.revision, date: formatDateTimeInZone(rev.publishedAt, zone, locale) })}
              </h4>
              <Statements statements={rev.statements} label={label} labelLanguage={locale} />
            </section>
          ))}
        </details>
      )}
    </div>
  );
}
