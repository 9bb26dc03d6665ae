"use client";

import { useSyncExternalStore } from "react";
import { useLocale, useTranslations } from "next-intl";

const noSubscription = () => () => {};
const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

function offsetMinutes(zone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return (Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute")) - Math.floor(at.getTime() / 60000) * 60000) / 60000;
}

/**
 * The same times on the device's clock, shown only when the device is in another zone than the
 * event (a delegate crossing a border, or reading from home). Rendered after hydration: the
 * server cannot know the device's zone.
 */
export function DeviceTime({ start, end, eventZone }: { start: string; end: string; eventZone: string }) {
  const t = useTranslations("mySchedule");
  const locale = useLocale();
  const zone = useSyncExternalStore(noSubscription, deviceZone, () => null);
  if (!zone) return null;
  const from = new Date(start);
  if (offsetMinutes(zone, from) === offsetMinutes(eventZone, from)) return null;
  const format = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone });
  return <span className="block text-sm text-muted">{t("deviceTime", { from: format.format(from), to: format.format(new Date(end)), zone })}</span>;
}
