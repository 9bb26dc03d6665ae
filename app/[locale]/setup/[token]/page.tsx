import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { UnusableLink } from "@/components/ui/unusable-link";
import { getSetupLink } from "@/lib/auth/setup-links";
import { SetPasswordForm } from "./_components/set-password-form";

// The token is a credential: no indexing, and no Referer carrying it elsewhere.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("setupLink");
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** The link `npm run create-organizer` prints: whose account it is, and a form to set its password. */
export default async function SetupLinkPage({ params }: PageProps<"/[locale]/setup/[token]">) {
  const { token } = await params;
  const view = await getSetupLink(token);
  const t = await getTranslations("setupLink");

  if (view.state !== "valid") {
    return (
      <UnusableLink title={t("unusableTitle")} reason={t(`states.${view.state}`)} signInLabel={view.state === "used" ? t("signIn") : undefined}>
        <p>{t("whatToDo")}</p>
        <pre className="whitespace-pre-wrap break-all rounded border border-line bg-white p-3 text-sm">
          <code>{t("command")}</code>
        </pre>
      </UnusableLink>
    );
  }
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("intro")}</p>
      <section aria-labelledby="account-heading" className="mt-6 rounded border border-line bg-white p-4">
        <h2 id="account-heading" className="text-lg font-semibold">
          {t("accountHeading")}
        </h2>
        <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          <dt className="text-muted">{t("email")}</dt>
          <dd className="font-medium">{view.email}</dd>
          <dt className="text-muted">{t("name")}</dt>
          <dd className="font-medium">{view.name || t("noName")}</dd>
        </dl>
      </section>
      <ClientMessages namespaces={["errors", "setupLink"]}>
        <SetPasswordForm token={token} />
      </ClientMessages>
    </div>
  );
}
