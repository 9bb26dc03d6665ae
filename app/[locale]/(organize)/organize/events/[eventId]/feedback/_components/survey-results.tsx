import { getTranslations } from "next-intl/server";
import { ContentText } from "@/components/content/content-text";
import type { GroupStats, LocalizedQuestion, QuestionStats, SurveyResults } from "@/lib/feedback/rules";
import { RATING_SCALE } from "@/lib/feedback/rules";

type Group = { key: string; label: string; stats: GroupStats };

/** A count with its bar: the number is the text, the bar only shows it (hidden from screen readers). */
function BarCell({ count, of }: { count: number; of: number }) {
  const width = of > 0 ? Math.round((count / of) * 100) : 0;
  return (
    <td className="px-2 py-1 align-middle">
      <span className="flex items-center gap-2">
        <span className="w-6 text-right tabular-nums">{count}</span>
        <span aria-hidden="true" className="block h-3 w-16 rounded-sm bg-paper sm:w-24">
          <span className="block h-3 rounded-sm bg-accent" style={{ width: `${width}%` }} />
        </span>
      </span>
    </td>
  );
}

/** One question's results, a column per group (all parties, then each party shown on its own). */
async function QuestionResults({
  index,
  question,
  groups,
  localized,
}: {
  index: number;
  question: QuestionStats;
  groups: Group[];
  /** The question in the organizer's language (else the event's first, marked). */
  localized?: LocalizedQuestion;
}) {
  const t = await getTranslations("feedback");
  const prompt = localized?.prompt ?? question.prompt;
  const of = (g: Group) => g.stats.questions[index]!;
  const headingId = `result-${question.id}`;
  return (
    <section aria-labelledby={headingId} className="space-y-2 rounded border border-line bg-white p-4">
      <h4 id={headingId} className="font-semibold">
        <ContentText text={prompt} shownIn={localized?.promptShownIn} /> <span className="text-sm font-normal text-muted">· {t(`kinds.${question.kind}`)}</span>
      </h4>
      {question.kind === "text" ? (
        groups.map((g) => {
          const stats = of(g);
          const answers = stats.kind === "text" ? stats.answers : [];
          return (
            <div key={g.key}>
              <h5 className="text-sm font-medium">{t("groupAnswers", { group: g.label, count: answers.length })}</h5>
              {answers.length > 0 && (
                <ul className="mt-1 list-disc space-y-1 pl-5">
                  {answers.map((a, i) => (
                    <li key={i} className="whitespace-pre-line break-words">
                      {a.text}
                      {a.name && <span className="text-sm text-muted">{` — ${a.name}`}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })
      ) : (
        <div className="overflow-x-auto">
          <table className="text-sm">
            <caption className="sr-only">{t("tableCaption", { question: prompt })}</caption>
            <thead>
              <tr>
                <th scope="col" className="px-2 py-1 text-left">
                  {question.kind === "rating" ? t("rating") : t("option")}
                </th>
                {groups.map((g) => (
                  <th key={g.key} scope="col" className="px-2 py-1 text-left">
                    {g.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {question.kind === "rating"
                ? RATING_SCALE.map((n, i) => (
                    <tr key={n} className="border-t border-line">
                      <th scope="row" className="px-2 py-1 text-left font-normal">
                        {t(`scale.${n}`)}
                      </th>
                      {groups.map((g) => {
                        const s = of(g);
                        return s.kind === "rating" ? <BarCell key={g.key} count={s.distribution[i]!} of={s.answered} /> : null;
                      })}
                    </tr>
                  ))
                : question.counts.map((c, i) => (
                    <tr key={c.option} className="border-t border-line">
                      <th scope="row" className="px-2 py-1 text-left font-normal">
                        <ContentText text={localized?.optionLabels[i] ?? c.option} shownIn={localized?.optionsShownIn} />
                      </th>
                      {groups.map((g) => {
                        const s = of(g);
                        return s.kind === "choice" ? <BarCell key={g.key} count={s.counts[i]!.count} of={s.answered} /> : null;
                      })}
                    </tr>
                  ))}
              <tr className="border-t border-line">
                <th scope="row" className="px-2 py-1 text-left">
                  {t("answered")}
                </th>
                {groups.map((g) => (
                  <td key={g.key} className="px-2 py-1 tabular-nums">
                    {of(g).answered}
                  </td>
                ))}
              </tr>
              {question.kind === "rating" && (
                <tr className="border-t border-line">
                  <th scope="row" className="px-2 py-1 text-left">
                    {t("average")}
                  </th>
                  {groups.map((g) => {
                    const s = of(g);
                    return (
                      <td key={g.key} className="px-2 py-1 tabular-nums">
                        {s.kind === "rating" && s.average !== null ? s.average.toFixed(1) : "—"}
                      </td>
                    );
                  })}
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The results: per question, all parties together and each party on its own where its numbers may be shown. */
export async function SurveyResultsView({
  results,
  anonymous,
  questions = [],
}: {
  results: SurveyResults;
  anonymous: boolean;
  questions?: LocalizedQuestion[];
}) {
  const t = await getTranslations("feedback");
  const groups: Group[] = [
    { key: "total", label: t("allParties"), stats: results.total },
    ...results.parties.filter((p) => p.stats).map((p) => ({ key: p.partyId, label: p.partyName, stats: p.stats! })),
  ];
  return (
    <div className="space-y-4">
      <p>{t("responses", { count: results.total.responses })}</p>
      <ul className="space-y-1 text-sm">
        {results.parties.map((p) => (
          <li key={p.partyId}>
            {t("partyResponses", { party: p.partyName, count: p.responses })}
            {p.hiddenBecause && p.responses > 0 && <>{` — ${t(p.hiddenBecause === "tooFew" ? "hiddenTooFew" : "hiddenComplement")}`}</>}
          </li>
        ))}
      </ul>
      {anonymous && <p className="text-sm text-muted">{t("anonymityRule")}</p>}
      {results.total.responses > 0 &&
        results.total.questions.map((q, i) => (
          <QuestionResults key={q.id} index={i} question={q} groups={groups} localized={questions.find((l) => l.id === q.id)} />
        ))}
    </div>
  );
}
