import { getTranslations } from "next-intl/server";
import { zoneOffsetLabel } from "@/lib/time/zoned";

/** Says, next to every timetable, which zone its times are in. */
export async function TimeZoneNote({ zone, at, secondZone }: { zone: string; at: Date; secondZone?: string }) {
  const t = await getTranslations("agenda");
  return (
    <p className="text-sm text-muted">
      {t("timesIn", { zone, offset: zoneOffsetLabel(zone, at) })}
      {secondZone && <> {t("secondZoneNote", { zone: secondZone, offset: zoneOffsetLabel(secondZone, at) })}</>}
    </p>
  );
}
