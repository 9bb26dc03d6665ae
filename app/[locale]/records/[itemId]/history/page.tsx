import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { TextDiff } from "@/components/records/text-diff";
import { Link } from "@/i18n/navigation";
import { sameVersions } from "@/lib/content/translations";
import { requireViewer } from "@/lib/auth/viewer";
import { diffSummary, diffText } from "@/lib/records/diff";
import type { RecommendationDraft } from "@/lib/records/draft";
import { listRevisions } from "@/lib/records/queries";
import { themeLabel, type RecommendationThemeKey } from "@/lib/records/themes";
import { formatDateTimeInZone } from "@/lib/time/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("records");
  return { title: t("history.title") };
}

type Details = { attendance?: string[]; recommendations?: RecommendationDraft[] };

/** Every save of a record, newest first, each with what it changed against the one before. */
export default async function RecordHistoryPage({ params }: PageProps<"/[locale]/records/[itemId]/history">) {
  const { itemId } = await params;
  const viewer = await requireViewer();
  const data = await listRevisions(viewer, itemId);
  if (!data) notFound();
  const t = await getTranslations("records");
  const editor = await getTranslations("recordEditor");
  const themes = await getTranslations("themes");
  const languages = await getTranslations("languages");
  const locale = await getLocale();
  const { scope, revisions } = data;
  const fields = [
    ["summary", editor("summary")],
    ["keyPoints", editor("keyPoints")],
    ["topics", editor("meeting.topics")],
  ] as const;
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <p className="text-sm">
        <Link href={`/records/${scope.itemId}`} className="text-accent underline">
          {t("backToRecord", { title: scope.itemTitle })}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("history.heading", { title: scope.itemTitle })}</h1>
      {revisions.length === 0 && <p className="text-muted">{t("history.none")}</p>}
      <ol className="space-y-4">
        {revisions.map((rev, index) => {
          const previous = revisions[index + 1];
          const details = rev.details as Details;
          const before = (previous?.details ?? {}) as Details;
          const recs = details.recommendations ?? [];
          const oldRecs = new Map((before.recommendations ?? []).map((r) => [r.key, r]));
          const recChanges = {
            added: recs.filter((r) => !oldRecs.has(r.key)).length,
            // A new or changed version in another language is a change like the text's own.
            changed: recs.filter((r) => {
              const old = oldRecs.get(r.key);
              return old && (old.text !== r.text || old.theme !== r.theme || !sameVersions(old.translations, r.translations, "text"));
            }).length,
            removed: [...oldRecs.keys()].filter((key) => !recs.some((r) => r.key === key)).length,
          };
          return (
            <li key={rev.revision} className="rounded border border-line bg-white p-4">
              <article aria-labelledby={`rev-${rev.revision}`}>
                <h2 id={`rev-${rev.revision}`} className="font-semibold">
                  {t("history.revision", {
                    revision: rev.revision,
                    when: formatDateTimeInZone(rev.createdAt, scope.timeZone, locale),
                    who: rev.createdBy ?? t("history.someone"),
                  })}
                </h2>
                {rev.status === "final" && previous?.status !== "final" && <p className="text-sm font-medium text-ok">{t("history.finalized")}</p>}
                {rev.note && <p className="text-sm font-medium text-warn">{t("history.reopened", { reason: rev.note })}</p>}
                {fields.map(([name, label]) => {
                  const parts = diffText(previous?.[name] ?? "", rev[name]);
                  const { added, removed } = diffSummary(parts);
                  if (added === 0 && removed === 0) return null;
                  return (
                    <section key={name} aria-label={t("history.changesIn", { field: label })} className="mt-3">
                      <h3 className="text-sm font-semibold">
                        {label} · {t("history.words", { added, removed })}
                      </h3>
                      <div className="mt-1 rounded bg-paper p-2 text-sm">
                        <TextDiff parts={parts} addedLabel={t("history.added")} removedLabel={t("history.removed")} />
                      </div>
                    </section>
                  );
                })}
                {(recChanges.added > 0 || recChanges.changed > 0 || recChanges.removed > 0) && (
                  <p className="mt-2 text-sm">{t("history.recommendations", recChanges)}</p>
                )}
                {(details.attendance?.length ?? 0) !== (before.attendance?.length ?? 0) && (
                  <p className="mt-1 text-sm">{t("history.attendance", { count: details.attendance?.length ?? 0 })}</p>
                )}
                {recs.length > 0 && (
                  <details className="mt-2 text-sm">
                    <summary className="cursor-pointer">{t("history.recommendationsAsSaved", { count: recs.length })}</summary>
                    <ul className="mt-1 list-disc pl-5">
                      {recs.map((r) => (
                        <li key={r.key}>
                          <span className="font-medium">{themeLabel(r.theme, (key: RecommendationThemeKey) => themes(key)) || t("noTheme")}:</span> {r.text}
                          {Object.entries(r.translations ?? {}).map(([language, version]) =>
                            version?.text ? (
                              <span key={language} className="block">
                                <span className="text-muted">{languages(language)}:</span> <span lang={language}>{version.text}</span>
                              </span>
                            ) : null,
                          )}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </article>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
