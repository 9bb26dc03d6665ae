import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { getInvitationStateForMember } from "@/lib/invitations/person-state";
import { formatDateTimeInZone } from "@/lib/time/format";

type InvitationState = NonNullable<Awaited<ReturnType<typeof getInvitationStateForMember>>>;

/**
 * Where the person's invitation stands, in words, with times in the event's time zone; the latest
 * invitation mail's delivery; and, for a person with an account, their latest sign-in links.
 */
export async function InvitationStatePanel({ state, timeZone, outboxHref }: { state: InvitationState; timeZone: string; outboxHref: string | null }) {
  const t = await getTranslations("member");
  const outbox = await getTranslations("outbox");
  const locale = await getLocale();
  const when = (d: Date) => formatDateTimeInZone(d, timeZone, locale);
  const { progress, lastMail, signInLinks } = state;
  return (
    <div className="mb-3 space-y-2 text-sm">
      <p className="font-medium">
        {progress.state === "notSent"
          ? t("invitationProgress.notSent")
          : progress.state === "sent"
            ? t("invitationProgress.sent", { when: progress.at ? when(progress.at) : "—", count: progress.count })
            : t(`invitationProgress.${progress.state}`, { when: when(progress.at) })}
        {progress.state === "opened" && (
          <span className="block font-normal text-muted">
            {t("invitationProgress.openedSent", { when: progress.sentAt ? when(progress.sentAt) : "—", count: progress.count })}
          </span>
        )}
        {(progress.state === "sent" || progress.state === "opened") && state.expiresAt && (
          <span className="block font-normal text-muted">{t("expiresAt", { when: when(state.expiresAt) })}</span>
        )}
      </p>
      <p>
        {!lastMail
          ? progress.state !== "notSent" && t("noMail")
          : lastMail.status === "failed"
            ? t("lastMailFailed", { when: when(lastMail.createdAt), error: lastMail.error ?? "—" })
            : t("lastMail", { when: when(lastMail.createdAt), status: outbox(`statuses.${lastMail.status}`) })}
        {outboxHref && lastMail && (
          <Link href={outboxHref} className="block text-accent underline">
            {t("outboxLink")}
          </Link>
        )}
      </p>
      {signInLinks && (
        <div>
          <h4 className="font-semibold">{t("signInTitle")}</h4>
          {signInLinks.length === 0 ? (
            <p className="text-muted">{t("signInNone")}</p>
          ) : (
            <ul className="list-disc pl-5">
              {signInLinks.map((link) => (
                <li key={link.createdAt.toISOString()}>
                  {t(`signInStates.${link.state}`, { when: when(link.createdAt), used: link.usedAt ? when(link.usedAt) : "" })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
