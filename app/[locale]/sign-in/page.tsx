import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getViewer } from "@/lib/auth/viewer";
import { SignInForm } from "./_components/sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/sign-in">) {
  const { locale } = await params;
  const { registered } = await searchParams;
  const viewer = await getViewer();
  if (viewer) redirect(viewer.kind === "organizer" ? `/${locale}/organize` : `/${locale}/schedule`);
  const t = await getTranslations("signIn");
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {registered === "1" && (
        <p role="status" className="mt-4 rounded bg-green-50 p-3 text-ok">
          {t("registered")}
        </p>
      )}
      <p className="mt-2 text-muted">{t("intro")}</p>
      <ClientMessages namespaces={["errors", "signIn"]}>
        <SignInForm />
      </ClientMessages>
    </div>
  );
}
