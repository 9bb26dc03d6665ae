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
  const { viewer, event } = await loadOrganizerEvent(eventId);
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
        <div>
          <label htmlFor="theme" className="block text-sm font-medium">
            {t("theme")}
          </label>
          <select id="theme" name="theme" defaultValue={filter.theme ?? ""} className="mt-1 rounded border border-line bg-white px-3 py-2">
            <option value="">{t("all")}</option>
            {board.themes.map((theme) => (
              <option key={theme} value={theme}>
                {label(theme)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="session" className="block text-sm font-medium">
            {t("session")}
          </label>
          <select id="session" name="session" defaultValue={filter.itemId ?? ""} className="mt-1 max-w-xs rounded border border-line bg-white px-3 py-2">
            <option value="">{t("all")}</option>
            {board.sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="adopted" className="block text-sm font-medium">
            {t("adoption")}
          </label>
          <select id="adopted" name="adopted" defaultValue={filter.adopted ?? ""} className="mt-1 rounded border border-line bg-white px-3 py-2">
            <option value="">{t("all")}</option>
            <option value="yes">{t("adoptedOnly")}</option>
            <option value="no">{t("notAdoptedOnly")}</option>
          </select>
        </div>
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
                      {rec.adopted && <> · <span className="font-medium text-ok">{t("adopted")}</span></>}
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
