import { getLocale, getTranslations } from "next-intl/server";
import type { ItemParticipants } from "@/lib/agenda/participants";

/** "Moderators: …; Speakers: …; Officials: …" under an agenda item, each person with their party. */
export async function ParticipantLines({
  participants,
  locale,
}: {
  participants?: ItemParticipants;
  /** Labels in this language rather than the page's. */ locale?: string;
}) {
  const t = await getTranslations({ locale: locale ?? (await getLocale()), namespace: "participants" });
  if (!participants || (participants.people.length === 0 && participants.officials.length === 0)) return null;
  const names = (role: "moderator" | "speaker") =>
    participants.people
      .filter((p) => p.role === role)
      .map((p) => `${p.name} (${p.partyName})`)
      .join(", ");
  const moderators = names("moderator");
  const speakers = names("speaker");
  return (
    <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 text-sm">
      {moderators && (
        <>
          <dt className="text-muted">{t("moderators")}</dt>
          <dd>{moderators}</dd>
        </>
      )}
      {speakers && (
        <>
          <dt className="text-muted">{t("speakers")}</dt>
          <dd>{speakers}</dd>
        </>
      )}
      {participants.officials.length > 0 && (
        <>
          <dt className="text-muted">{t("officials")}</dt>
          <dd>{participants.officials.map((o) => `${o.name}, ${o.position}`).join("; ")}</dd>
        </>
      )}
    </dl>
  );
}
