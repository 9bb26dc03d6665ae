import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { UnusableLink } from "@/components/ui/unusable-link";
import { Link } from "@/i18n/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { getTeamInvitation } from "@/lib/teams/queries";
import { AcceptForm } from "./_components/accept-form";

// The token is a credential: keep the page out of indexes and the URL out of Referer headers.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teamInvitation");
  return { title: t("unusableTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** A colleague invited to an initiative's organizing team accepts here. */
export default async function TeamInvitationPage({ params }: PageProps<"/[locale]/team-invitation/[token]">) {
  const { token } = await params;
  const viewer = await getViewer();
  const view = await getTeamInvitation(token, viewer);
  const t = await getTranslations("teamInvitation");
  const team = await getTranslations("team");
  const roles = await getTranslations("teamRoles");
  const locale = await getLocale();

  if (view.state !== "valid") {
    return <UnusableLink title={t("unusableTitle")} reason={team(`state.${view.state}`)} />;
  }
  const here = `/${locale}/team-invitation/${token}`;
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("title", { initiative: view.initiativeName })}</h1>
      <p>{t("intro", { initiative: view.initiativeName, role: roles(view.role), email: view.email })}</p>
      {view.account === "delegate" ? (
        <p role="alert" className="rounded border border-line bg-white p-4">
          {t("delegateAccount")}
        </p>
      ) : view.account === "organizer" && !view.signedInAsInvitee ? (
        <div className="space-y-3 rounded border border-line bg-white p-4">
          <p>{t("accountNeedsSignIn")}</p>
          <Link
            href={`/sign-in?next=${encodeURIComponent(here)}`}
            className="inline-block rounded bg-accent px-4 py-2 font-medium text-white hover:bg-accent-strong"
          >
            {t("signInToAccept")}
          </Link>
        </div>
      ) : (
        <div className="space-y-3 rounded border border-line bg-white p-4">
          {view.signedInAsInvitee && <p>{t("signedIn")}</p>}
          <ClientMessages namespaces={["errors", "team", "teamInvitation"]}>
            <AcceptForm token={token} newAccount={view.account === "none"} />
          </ClientMessages>
        </div>
      )}
    </div>
  );
}
