import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requireDelegate } from "@/lib/auth/viewer";
import { listSignOffsForDelegate } from "@/lib/outcomes/sign-off";
import { formatDateTimeInZone } from "@/lib/time/format";
import { signOffAction } from "./actions";
import { SignOffForm } from "./_components/sign-off-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signOff");
  return { title: t("title") };
}

/** A head of delegation (or the designated signatory) reads and signs off each language version of the outcome. */
export default async function SignOffPage() {
  const viewer = await requireDelegate();
  const outcomes = await listSignOffsForDelegate(viewer);
  const t = await getTranslations("signOff");
  const languages = await getTranslations("languages");
  const locale = await getLocale();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-muted">{t("intro")}</p>
      {outcomes.length === 0 && <p className="text-muted">{t("nothing")}</p>}
      {outcomes.map((o) => (
        <section key={o.eventId} aria-labelledby={`outcome-${o.eventId}`} className="space-y-4">
          <h2 id={`outcome-${o.eventId}`} className="text-xl font-semibold">
            {t("forEvent", { event: o.title, party: o.party.partyName })}
          </h2>
          {o.versions.length === 0 && <p className="text-muted">{t("noDraft")}</p>}
          <div className="grid gap-4 md:grid-cols-2">
            {o.versions.map((v) => (
              <article
                key={v.language}
                aria-label={t("versionLabel", { language: languages(v.language) })}
                lang={v.language}
                className="space-y-3 rounded border border-line bg-white p-4"
              >
                {/* The label is in the page's language, so upper-cased by its rules, not the statement's. */}
                <h3 lang={locale} className="text-sm font-semibold uppercase tracking-wide text-muted">
                  {languages(v.language)}
                </h3>
                <div className="whitespace-pre-line leading-relaxed">{v.text}</div>
                {v.recommendations.length > 0 && (
                  <section aria-label={t("recommendationsSigned")} className="space-y-1 text-sm">
                    <h4 lang={locale} className="font-semibold">
                      {t("recommendationsSigned")}
                    </h4>
                    <p lang={locale} className="text-muted">
                      {t("recommendationsNote")}
                    </p>
                    <ul className="list-disc pl-5">
                      {v.recommendations.map((r, i) => (
                        <li key={i}>{r.text}</li>
                      ))}
                    </ul>
                  </section>
                )}
                {v.signed && v.signedAt ? (
                  <p role="status" className="rounded bg-green-50 p-2 text-sm text-ok">
                    {t("signedOn", { date: formatDateTimeInZone(v.signedAt, o.timeZone, locale) })}
                  </p>
                ) : (
                  <ClientMessages namespaces={["errors", "signOff"]}>
                    <SignOffForm action={signOffAction.bind(null, o.eventId)} language={v.language} languageName={languages(v.language)} hash={v.hash} />
                  </ClientMessages>
                )}
              </article>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
