import { getLocale, getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { ContentText } from "@/components/content/content-text";
import { hiddenOfRole, panelLine } from "@/lib/agenda/panel-line";
import type { ItemParticipants } from "@/lib/agenda/participants";

/** "Moderators: …; Speakers: …; Officials: …" under an agenda item, each person with their party. */
export async function ParticipantLines({
  participants,
  locale,
}: {
  participants?: ItemParticipants;
  /** Labels in this language rather than the page's. */ locale?: string;
}) {
  const language = locale ?? (await getLocale());
  const t = await getTranslations({ locale: language, namespace: "participants" });
  const hidden = participants?.hidden ?? [];
  if (!participants || (participants.people.length === 0 && participants.officials.length === 0 && hidden.length === 0)) return null;
  // Names this audience may see, then how many of each side it may not: never a silently shorter panel.
  const line = (role: "moderator" | "speaker") =>
    panelLine(
      participants.people.filter((p) => p.role === role).map((p) => `${p.name} (${p.partyName})`),
      hiddenOfRole(hidden, role).map(({ partyName, count }) =>
        t(role === "moderator" ? "notListedModerators" : "notListedSpeakers", { count, party: partyName }),
      ),
      language,
    );
  const moderators = line("moderator");
  const speakers = line("speaker");
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
          <dd>
            <OfficialList officials={participants.officials} />
          </dd>
        </>
      )}
    </dl>
  );
}

/** "Name, position; Name, position": each position in the reader's language, or marked as shown in another. */
export function OfficialList({ officials }: { officials: { name: string; position: string; shownIn: { position?: string } }[] }) {
  return officials.map((official, index) => (
    <Fragment key={`${official.name}-${index}`}>
      {index > 0 && "; "}
      {official.name}
      {official.position && (
        <>
          , <ContentText text={official.position} shownIn={official.shownIn.position} />
        </>
      )}
    </Fragment>
  ));
}
