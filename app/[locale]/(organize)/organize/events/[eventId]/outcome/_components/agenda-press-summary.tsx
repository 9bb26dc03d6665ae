import { getLocale, getTranslations } from "next-intl/server";
import { ContentText } from "@/components/content/content-text";
import { Link } from "@/i18n/navigation";
import type { ShownPressConference } from "@/lib/outcomes/press-conference";
import { formatDateTimeInZone } from "@/lib/time/format";

/** The agenda's press conference as the outcome takes it: read-only here, edited on its agenda item. */
export async function AgendaPressSummary({ eventId, zone, press }: { eventId: string; zone: string; press: ShownPressConference }) {
  const t = await getTranslations("outcomeForm");
  const locale = await getLocale();
  const hidden = press.hidden.reduce((sum, h) => sum + h.count, 0);
  return (
    <div className="space-y-2 text-sm">
      <p>{t("pressFromAgenda")}</p>
      {press.count > 1 && <p className="font-medium">{t("pressSeveral", { count: press.count })}</p>}
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t("pressWhen")}</dt>
        <dd>{press.startsAt ? formatDateTimeInZone(new Date(press.startsAt), zone, locale) : "—"}</dd>
        <dt className="font-medium">{t("pressPlace")}</dt>
        <dd>{press.place ? <ContentText text={press.place} shownIn={press.placeShownIn.place} /> : "—"}</dd>
        <dt className="font-medium">{t("pressListedSpeakers")}</dt>
        <dd>
          {press.speakers.length > 0 ? press.speakers.map((s) => `${s.name} (${s.partyName})`).join(", ") : t("pressNoListedSpeakers")}
          {hidden > 0 && <> · {t("pressHiddenSpeakers", { count: hidden })}</>}
        </dd>
      </dl>
      <p>
        <Link href={`/organize/events/${eventId}/agenda/${press.itemId}`} className="text-accent underline">
          {t("pressEditOnAgenda")}
        </Link>
      </p>
    </div>
  );
}
