import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { safeReturnPath } from "@/lib/http/return-path";
import { LinkSignInForm } from "./_components/link-sign-in-form";

// The token is a credential: no indexing, and no Referer carrying it elsewhere.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signInLink");
  return { title: t("landingTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/**
 * Opening the link does not sign in by itself (mail scanners open links too): the delegate
 * presses a button, and that POST spends the token.
 */
export default async function SignInLinkPage({ params, searchParams }: PageProps<"/[locale]/sign-in/link/[token]">) {
  const { token, locale } = await params;
  // Where the link was sent for (a sign-off request opens the sign-off page); only this site's pages.
  const next = safeReturnPath((await searchParams).next, locale) ?? undefined;
  const t = await getTranslations("signInLink");
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-semibold">{t("landingTitle")}</h1>
      <p className="mt-2 text-muted">{t(next ? "landingIntroNext" : "landingIntro")}</p>
      <ClientMessages namespaces={["errors", "signInLink"]}>
        <LinkSignInForm token={token} next={next} />
      </ClientMessages>
      <p className="mt-6 text-sm">
        <Link href="/sign-in" className="text-accent underline">
          {t("askAgain")}
        </Link>
      </p>
    </div>
  );
}
