import { getLocale, getTranslations } from "next-intl/server";
import { ConfirmSubmitButton } from "@/components/ui/confirm-submit-button";
import { Link } from "@/i18n/navigation";
import { canCross, manifestCounts, type MemberStatus } from "@/lib/crossings/rules";
import { deleteCrossingAction } from "../actions";
import { CrossedNowButton } from "./actual-time";
import { whenLabel } from "./when";

type Props = {
  eventId: string;
  zone: string;
  crossing: {
    id: string;
    direction: "entry" | "exit";
    pointName: string;
    plannedAt: Date;
    actualAt: Date | null;
    notes: string;
    personIds: string[];
  };
  members: { personId: string; nameLatin: string; status: MemberStatus }[];
};

/** One planned crossing in its delegation's column: plan, actual time, manifest size and actions. */
export async function CrossingCard({ eventId, zone, crossing, members }: Props) {
  const t = await getTranslations("crossings");
  const locale = await getLocale();
  const planned = whenLabel(crossing.plannedAt, zone, locale);
  const title = t("crossingTitle", { direction: t(`directions.${crossing.direction}`), point: crossing.pointName });
  // Names the crossing in every control's accessible name: a column holds several.
  const label = `${title}, ${planned}`;
  const counts = manifestCounts(crossing.personIds, members);
  const noLongerComing = members.filter((m) => crossing.personIds.includes(m.personId) && !canCross(m.status));
  const base = `/organize/events/${eventId}/crossings/${crossing.id}`;
  return (
    <li id={`crossing-${crossing.id}`}>
      <article aria-labelledby={`crossing-${crossing.id}-title`} className="rounded border border-line bg-white p-3 text-sm">
        <h3 id={`crossing-${crossing.id}-title`} className="font-semibold">
          {title}
        </h3>
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          <dt className="text-muted">{t("planned")}</dt>
          <dd>{planned}</dd>
          <dt className="text-muted">{t("actual")}</dt>
          <dd>{crossing.actualAt ? whenLabel(crossing.actualAt, zone, locale) : t("notRecorded")}</dd>
          <dt className="text-muted">{t("people")}</dt>
          <dd>{t("manifestCount", counts)}</dd>
          {crossing.notes && (
            <>
              <dt className="text-muted">{t("notes")}</dt>
              <dd className="whitespace-pre-line">{crossing.notes}</dd>
            </>
          )}
        </dl>
        {noLongerComing.length > 0 && (
          <p className="mt-2 rounded bg-amber-50 p-2 text-amber-900">{t("noLongerComing", { names: noLongerComing.map((m) => m.nameLatin).join(", ") })}</p>
        )}
        <div className="mt-3 flex flex-wrap items-center gap-2">
          {!crossing.actualAt && <CrossedNowButton eventId={eventId} crossingId={crossing.id} label={label} />}
          <Link href={base} aria-label={t("editFor", { crossing: label })} className="rounded border border-line px-2 py-1 hover:bg-paper">
            {t("edit")}
          </Link>
          <Link href={`${base}/manifest`} aria-label={t("manifestFor", { crossing: label })} className="rounded border border-line px-2 py-1 hover:bg-paper">
            {t("printManifest")}
          </Link>
          <form action={deleteCrossingAction.bind(null, eventId, crossing.id)}>
            <ConfirmSubmitButton question={t("deleteQuestion", { crossing: label })} label={t("deleteFor", { crossing: label })}>
              {t("delete")}
            </ConfirmSubmitButton>
          </form>
        </div>
      </article>
    </li>
  );
}
