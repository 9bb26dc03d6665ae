// The message a delegate gets when a release changes their schedule: plain text, in the
// releasing organizer's language, times in the event's zone (said so).
import { createTranslator } from "next-intl";
import { loadMessages } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import { formatDay, formatTime } from "@/lib/time/format";
import { instantToZonedParts, zoneOffsetLabel } from "@/lib/time/zoned";
import type { DelegateNotice } from "./change-notices";
import type { ReleasedItem } from "./changelog";

export type ChangeMailContext = { locale: Locale; eventTitle: string; timeZone: string; version: number; note: string; link: string; name: string };

export async function composeChangeMail(ctx: ChangeMailContext, notice: DelegateNotice): Promise<{ subject: string; body: string }> {
  const messages = await loadMessages(ctx.locale);
  // Outside a request (the release action sends for everyone), so a translator of our own; keys
  // are spelled in full, which the typed translator cannot check here.
  const tr = createTranslator({ locale: ctx.locale, messages }) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const t = (key: string, values?: Record<string, string | number>) => tr(`changeMail.${key}`, values);
  const r = (key: string, values?: Record<string, string | number>) => tr(`releases.${key}`, values);
  const a = (key: string) => tr(`agenda.${key}`);
  const when = (item: { startsAt: string; endsAt: string }) => {
    const start = new Date(item.startsAt);
    return `${formatDay(instantToZonedParts(start, ctx.timeZone).date, ctx.locale)}, ${formatTime(start, ctx.timeZone, ctx.locale)}–${formatTime(new Date(item.endsAt), ctx.timeZone, ctx.locale)}`;
  };
  const title = (item: ReleasedItem) => item.title || a("closedSession");
  const lines: string[] = [];
  for (const role of notice.roleChanges) {
    lines.push(`• ${t(`role.${role.type}.${role.role}`, { title: title(role.item), when: when(role.item) })}`);
  }
  for (const change of notice.changes) {
    if (change.type === "added") lines.push(`• ${r("added", { title: title(change.item), when: when(change.item) })}`);
    else if (change.type === "removed") lines.push(`• ${r("removed", { title: title(change.item), when: when(change.item) })}`);
    else {
      const parts = change.fields.map((field) => {
        switch (field) {
          case "time":
            return r("movedTime", { from: when(change.before), to: when(change.item) });
          case "place":
            return r("movedPlace", { from: change.before.place || "—", to: change.item.place || "—" });
          case "title":
            return r("renamed", { from: title(change.before) });
          case "visibility":
            return r("visibilityChanged", { to: a(`visibility.${change.item.visibility}`) });
          default:
            return r(`changed.${field}`);
        }
      });
      lines.push(`• ${title(change.item)}: ${parts.join("; ")}`);
    }
  }
  const first = notice.roleChanges[0]?.item ?? notice.changes[0]?.item;
  const zone = `${ctx.timeZone} (${zoneOffsetLabel(ctx.timeZone, first ? new Date(first.startsAt) : new Date())})`;
  return {
    subject: t("subject", { event: ctx.eventTitle, version: ctx.version }),
    body: t("body", {
      name: ctx.name,
      event: ctx.eventTitle,
      version: ctx.version,
      changes: lines.join("\n"),
      note: ctx.note ? t("note", { note: ctx.note }) : "",
      zone,
      link: ctx.link,
    }),
  };
}
