import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { UnusableLink } from "@/components/ui/unusable-link";
import { asksForTravelDocument, getInvitationForRegistration } from "@/lib/invitations/registration";
import { formatDayRange } from "@/lib/time/format";
import { RegistrationForm } from "./_components/registration-form";

// Rendered per request, never cached: the invitation's state changes when it is used.
export const dynamic = "force-dynamic";

// The token is a credential: keep the page out of indexes and keep the URL out of Referer headers.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("registration");
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function InvitationPage({ params }: PageProps<"/[locale]/invitation/[token]">) {
  const { token } = await params;
  const view = await getInvitationForRegistration(token);
  const t = await getTranslations("registration");
  const locale = await getLocale();

  if (view.state !== "valid") {
    return <UnusableLink title={t("title")} reason={t(`states.${view.state}`)} signInLabel={view.state === "used" ? t("signInInstead") : undefined} />;
  }
  const { invitation, hasAccount } = view;
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("welcome", { name: invitation.nameLatin })}</h1>
        <p>{t("invitedTo", { event: invitation.eventTitle, party: invitation.partyName })}</p>
        <p className="text-sm text-muted">
          {formatDayRange(invitation.firstDay, invitation.lastDay, locale)} · {invitation.venueName}, {invitation.city}, {invitation.country}
        </p>
      </header>
      <ClientMessages namespaces={["errors", "registration", "person", "invitations"]}>
        <RegistrationForm
          token={token}
          email={invitation.email ?? ""}
          hasAccount={hasAccount}
          collectTravelDocuments={asksForTravelDocument(invitation)}
          retentionDays={invitation.travelDocumentRetentionDays}
          defaults={{
            nameLatin: invitation.nameLatin,
            nameNative: invitation.nameNative,
            organization: invitation.organization,
            position: invitation.position,
            sector: invitation.sector,
            phone: invitation.phone,
            dietaryNeeds: invitation.dietaryNeeds,
            accessibilityNeeds: invitation.accessibilityNeeds,
          }}
        />
      </ClientMessages>
    </div>
  );
}
