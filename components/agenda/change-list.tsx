import { getLocale, getTranslations } from "next-intl/server";
import { changesInLanguage, type Change } from "@/lib/agenda/changelog";
import { formatDay } from "@/lib/time/format";
import { formatTimeRangeWithZone } from "@/lib/time/zone-marker";
import { instantToZonedParts } from "@/lib/time/zoned";

/**
 * A release's changelog in words: added, removed, moved, renamed, re-placed, visibility changed.
 * With `content`, in the reader's language (their versions of titles and places, and only what
 * changed in them); without, as written, with a change to the other languages' versions said so.
 */
export async function ChangeList({
  changes: all,
  zone,
  content,
}: {
  changes: Change[];
  zone: string;
  content?: { reader: string; languages: readonly string[] };
}) {
  const changes = content ? changesInLanguage(all, content.reader, content.languages) : all;
  const t = await getTranslations("releases");
  const agenda = await getTranslations("agenda");
  const locale = await getLocale();
  const when = (item: { startsAt: string; endsAt: string }) => {
    const start = new Date(item.startsAt);
    return `${formatDay(instantToZonedParts(start, zone).date, locale)}, ${formatTimeRangeWithZone(start, new Date(item.endsAt), zone, locale)}`;
  };
  const title = (item: { title: string }) => item.title || agenda("closedSession");
  if (changes.length === 0) return <p className="text-sm text-muted">{t("noChanges")}</p>;
  return (
    <ul className="mt-1 space-y-1 text-sm">
      {changes.map((change) => (
        <li key={`${change.type}-${change.item.id}`}>
          {change.type === "added" && t("added", { title: title(change.item), when: when(change.item) })}
          {change.type === "removed" && t("removed", { title: title(change.item), when: when(change.item) })}
          {change.type === "changed" && (
            <>
              <span className="font-medium">{title(change.item)}</span>:{" "}
              {change.fields
                .map((field) => {
                  switch (field) {
                    case "time":
                      return t("movedTime", { from: when(change.before), to: when(change.item) });
                    case "place":
                    case "title":
                    case "description":
                      if (change.before[field] === change.item[field]) return t("translationChanged", { field });
                      if (field === "place") return t("movedPlace", { from: change.before.place || "—", to: change.item.place || "—" });
                      if (field === "title") return t("renamed", { from: title(change.before) });
                      return t("changed.description");
                    case "visibility":
                      return t("visibilityChanged", { to: agenda(`visibility.${change.item.visibility}`) });
                    default:
                      return t(`changed.${field}`);
                  }
                })
                .join("; ")}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
