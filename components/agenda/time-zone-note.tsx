import { getLocale, getTranslations } from "next-intl/server";
import { zoneOffsetLabel } from "@/lib/time/zoned";

/** Says, next to every timetable, which zone its times are in. */
export async function TimeZoneNote({ zone, at, secondZone, locale }: { zone: string; at: Date; secondZone?: string; locale?: string }) {
  const t = await getTranslations({ locale: locale ?? (await getLocale()), namespace: "agenda" });
  return (
    <p className="text-sm text-muted">
      {t("timesIn", { zone, offset: zoneOffsetLabel(zone, at) })}
      {secondZone && <> {t("secondZoneNote", { zone: secondZone, offset: zoneOffsetLabel(secondZone, at) })}</>}
    </p>
  );
}
