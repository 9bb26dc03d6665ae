import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { hasOrganizer } from "@/lib/auth/setup-links";
import { FirstRunForm } from "./_components/first-run-form";

// The token in the query is a credential: no indexing, and no Referer carrying it elsewhere.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("firstRun");
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/**
 * First run of an empty database: while no organizer account exists, the token the server
 * printed at start creates the first one. Once one exists, this page only says so.
 */
export default async function FirstRunSetupPage({ searchParams }: PageProps<"/[locale]/setup">) {
  const { token } = await searchParams;
  const t = await getTranslations("firstRun");

  if (await hasOrganizer()) {
    return (
      <div className="mx-auto max-w-xl space-y-4">
        <h1 className="text-2xl font-semibold">{t("doneTitle")}</h1>
        <p>{t("doneBody")}</p>
        <p>
          <Link href="/sign-in" className="text-accent underline">
            {t("signIn")}
          </Link>
        </p>
        <p className="text-sm text-muted">{t("doneMore")}</p>
        <pre className="whitespace-pre-wrap break-all rounded border border-line bg-white p-3 text-sm">
          <code>{t("command")}</code>
        </pre>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2">{t("intro")}</p>
      <p className="mt-2 text-muted">{t("tokenIntro")}</p>
      <ClientMessages namespaces={["errors", "firstRun"]}>
        <FirstRunForm token={typeof token === "string" ? token : ""} />
      </ClientMessages>
    </div>
  );
}
