import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OrganizerEventHeader } from "@/components/events/organizer-event-header";
import { Link } from "@/i18n/navigation";
import { listRecommendationsForOrganizer, type BoardFilter } from "@/lib/records/board";
import { loadOrganizerEvent, organizerEventMetadata } from "@/lib/events/load";
import { themeLabel, type RecommendationThemeKey } from "@/lib/records/themes";
import { setAdoptedAction } from "./actions";
import { AdoptButton } from "./_components/adopt-button";

export function generateMetadata({ params }: PageProps<"/[locale]/organize/events/[eventId]/recommendations">) {
  return organizerEventMetadata(params, "recommendations");
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

/** Every practical recommendation of the event, by theme and session; the organizer adopts them for the outcome. */
export default async function RecommendationsBoardPage({ params, searchParams }: PageProps<"/[locale]/organize/events/[eventId]/recommendations">) {
  const { eventId } = await params;
  const query = await searchParams;
  const adopted = one(query.adopted);
  const filter: BoardFilter = { theme: one(query.theme), itemId: one(query.session), adopted: adopted === "yes" || adopted === "no" ? adopted : undefined };
  const { viewer, event } = await loadOrganizerEvent(eventId, "records");
  const board = await listRecommendationsForOrganizer(viewer, event.id, filter);
  if (!board) notFound();
  const t = await getTranslations("board");
  const records = await getTranslations("records");
  const themes = await getTranslations("themes");
  const label = (theme: string) => themeLabel(theme, (key: RecommendationThemeKey) => themes(key)) || records("noTheme");
  const byTheme = new Map<string, typeof board.recommendations>();
  for (const rec of board.recommendations) byTheme.set(rec.theme, [...(byTheme.get(rec.theme) ?? []), rec]);
  return (
    <div>
      <OrganizerEventHeader event={event} current="recommendations" />
      <h2 className="text-xl font-semibold">{t("title")}</h2>
      <p className="mt-1 max-w-prose text-sm text-muted">{t("intro")}</p>
      <p className="mt-2 text-sm font-medium">{t("counts", { adopted: board.adoptedCount, total: board.total })}</p>

      <form method="get" className="mt-4 flex flex-wrap items-end gap-3 rounded border border-line bg-white p-3" aria-label={t("filter")}>
        <FilterSelect
          name="theme"
          label={t("theme")}
          allLabel={t("all")}
          value={filter.theme}
          options={board.themes.map((theme) => ({ value: theme, label: label(theme) }))}
        />
        <FilterSelect
          name="session"
          label={t("session")}
          allLabel={t("all")}
          value={filter.itemId}
          options={board.sessions.map((s) => ({ value: s.id, label: s.title }))}
        />
        <FilterSelect
          name="adopted"
          label={t("adoption")}
          allLabel={t("all")}
          value={filter.adopted}
          options={[
            { value: "yes", label: t("adoptedOnly") },
            { value: "no", label: t("notAdoptedOnly") },
          ]}
        />
        <button type="submit" className="rounded border border-line bg-white px-4 py-2 font-medium hover:bg-paper">
          {t("apply")}
        </button>
      </form>

      {board.recommendations.length === 0 && <p className="mt-4 text-muted">{board.total === 0 ? t("none") : t("noneMatch")}</p>}
      {[...byTheme.entries()].map(([theme, recs], index) => (
        <section key={theme} aria-labelledby={`theme-${index}`} className="mt-6">
          <h3 id={`theme-${index}`} className="text-lg font-semibold">
            {label(theme)} ({recs.length})
          </h3>
          <ul className="mt-2 space-y-2">
            {recs.map((rec) => (
              <li key={rec.id} className={`rounded border bg-white p-3 ${rec.adopted ? "border-ok" : "border-line"}`}>
                <article aria-label={rec.text.slice(0, 80)} className="grid gap-2 md:grid-cols-[1fr_auto]">
                  <div>
                    <p>{rec.text}</p>
                    <p className="mt-1 text-sm text-muted">
                      <Link href={`/records/${rec.itemId}`} className="underline">
                        {rec.itemTitle}
                      </Link>{" "}
                      · {rec.recordStatus === "final" ? records("state.final") : records("state.draftShort")}
                      {rec.adopted && (
                        <>
                          {" "}
                          · <span className="font-medium text-ok">{t("adopted")}</span>
                        </>
                      )}
                    </p>
                  </div>
                  <AdoptButton action={setAdoptedAction.bind(null, event.id, rec.id, !rec.adopted)} adopted={rec.adopted} text={rec.text} />
                </article>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** One filter of the board's GET form: "all" first, then the choices. */
function FilterSelect({
  name,
  label,
  allLabel,
  value,
  options,
}: {
  name: string;
  label: string;
  allLabel: string;
  value?: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      <select id={name} name={name} defaultValue={value ?? ""} className="mt-1 max-w-xs rounded border border-line bg-white px-3 py-2">
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
