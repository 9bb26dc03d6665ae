import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getViewer } from "@/lib/auth/viewer";
import { safeReturnPath } from "@/lib/http/return-path";
import { SignInForm } from "./_components/sign-in-form";
import { SignInLinkForm } from "./_components/sign-in-link-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/sign-in">) {
  const { locale } = await params;
  const { registered, next: requested } = await searchParams;
  const next = safeReturnPath(requested, locale) ?? undefined;
  const viewer = await getViewer();
  if (viewer) redirect(next ?? (viewer.kind === "organizer" ? `/${locale}/organize` : `/${locale}/schedule`));
  const t = await getTranslations("signIn");
  const link = await getTranslations("signInLink");
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {registered === "1" && (
        <p role="status" className="mt-4 rounded bg-green-50 p-3 text-ok">
          {t("registered")}
        </p>
      )}
      <p className="mt-2 text-muted">{t("intro")}</p>
      <ClientMessages namespaces={["errors", "signIn", "signInLink"]}>
        <section aria-labelledby="link-heading" className="mt-6 rounded border border-line bg-white p-4">
          <h2 id="link-heading" className="text-lg font-semibold">
            {link("title")}
          </h2>
          <p className="mt-1 text-sm text-muted">{link("intro")}</p>
          <SignInLinkForm />
        </section>
        <section aria-labelledby="password-heading" className="mt-6">
          <h2 id="password-heading" className="text-lg font-semibold">
            {link("or")}
          </h2>
          <SignInForm next={next} />
        </section>
      </ClientMessages>
    </div>
  );
}
