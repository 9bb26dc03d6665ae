import { createTranslator } from "next-intl";
import { loadMessages } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import { formatDateTime, formatDayRange } from "@/lib/time/format";

export type InvitationMailInput = {
  locale: Locale;
  link: string;
  personName: string;
  partyName: string;
  event: { title: string; firstDay: string; lastDay: string; venueName: string; city: string; timeZone: string };
  expiresAt: Date;
};

/** The invitation email, in the inviting organizer's language; plain text so every client shows it alike. */
export async function composeInvitationMail(input: InvitationMailInput): Promise<{ subject: string; body: string }> {
  const messages = (await loadMessages(input.locale)) as Record<string, Record<string, string>>;
  // Outside a request (also in tests), so a translator of our own over the same catalogs.
  const t = createTranslator({ locale: input.locale, messages: { invitationMail: messages.invitationMail! }, namespace: "invitationMail" });
  const values = {
    name: input.personName,
    party: input.partyName,
    event: input.event.title,
    dates: formatDayRange(input.event.firstDay, input.event.lastDay, input.locale),
    place: `${input.event.venueName}, ${input.event.city}`,
    link: input.link,
    expires: formatDateTime(input.expiresAt, input.event.timeZone, input.locale),
    zone: input.event.timeZone,
  };
  return { subject: t("subject", values), body: t("body", values) };
}
