import { formatTime } from "@/lib/time/format";
import { formatTimeRangeWithZone, zoneMarker } from "@/lib/time/zone-marker";

/**
 * A time range with its zone beside it ("09:00–10:30 GMT+4"), the full zone id in the marker's
 * title: point 9 of issue #19, no time without its zone.
 */
export function ZonedRange({ start, end, zone, locale }: { start: Date; end: Date; zone: string; locale: string }) {
  const from = zoneMarker(start, zone, locale);
  if (from !== zoneMarker(end, zone, locale)) {
    return (
      <span title={zone}>
        <time dateTime={start.toISOString()}>{formatTimeRangeWithZone(start, end, zone, locale)}</time>
      </span>
    );
  }
  return (
    <>
      <time dateTime={start.toISOString()}>{formatTime(start, zone, locale)}</time>–<time dateTime={end.toISOString()}>{formatTime(end, zone, locale)}</time>{" "}
      <abbr title={zone} className="no-underline">
        {from}
      </abbr>
    </>
  );
}
