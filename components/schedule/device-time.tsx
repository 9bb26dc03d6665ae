"use client";

import { useSyncExternalStore } from "react";
import { useLocale, useTranslations } from "next-intl";
import { deviceTimeZone, formatTime, zoneOffsetMinutes } from "@/lib/time/format";

const noSubscription = () => () => {};

/**
 * The same times on the device's clock, shown only when the device is in another zone than the
 * event (a delegate crossing a border, or reading from home). Rendered after hydration: the
 * server cannot know the device's zone.
 */
export function DeviceTime({ start, end, eventZone }: { start: string; end: string; eventZone: string }) {
  const t = useTranslations("mySchedule");
  const locale = useLocale();
  const zone = useSyncExternalStore(noSubscription, deviceTimeZone, () => null);
  if (!zone) return null;
  const from = new Date(start);
  if (zoneOffsetMinutes(zone, from) === zoneOffsetMinutes(eventZone, from)) return null;
  return (
    <span className="block text-sm text-muted">
      {t("deviceTime", { from: formatTime(from, zone, locale), to: formatTime(new Date(end), zone, locale), zone })}
    </span>
  );
}
