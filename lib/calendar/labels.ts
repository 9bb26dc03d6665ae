// The translated words of a calendar document. Read outside any page request (a calendar app
// fetches the feed without cookies or a locale prefix), so with a translator of our own over the
// same catalogs, as the invitation mail does.
import { createTranslator } from "next-intl";
import { localeOr } from "@/i18n/locale-of";
import { loadMessages } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import type { CalendarLabels } from "./ics";

export type CalendarLocale = Locale;

/** `?lang=hy` → "hy"; anything that is not one of our locales → the default. */
export function calendarLocale(value: string | null | undefined): CalendarLocale {
  return localeOr(value);
}

export async function calendarText(locale: CalendarLocale) {
  const messages = (await loadMessages(locale)) as { calendar?: { feed?: Record<string, string> } };
  const t = createTranslator({ locale, messages: { feed: messages.calendar!.feed! }, namespace: "feed" });
  const labels: CalendarLabels = {
    crossingTitle: (direction, point) => t(direction === "entry" ? "crossingEntry" : "crossingExit", { point }),
    cancelledTitle: (title) => t("cancelledTitle", { title }),
    youModerate: t("youModerate"),
    youSpeak: t("youSpeak"),
    moderators: t("moderators"),
    speakers: t("speakers"),
    officials: t("officials"),
    closedDoor: t("closedDoor"),
    notListed: (role, count, party) => t(role === "moderator" ? "notListedModerators" : "notListedSpeakers", { count, party }),
  };
  return { name: t("name"), labels, t };
}
