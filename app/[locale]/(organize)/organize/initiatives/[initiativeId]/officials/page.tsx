import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { requireOrganizer } from "@/lib/auth/viewer";
import { WORKING_LANGUAGES } from "@/lib/events/schema";
import { listInitiativeOfficials } from "@/lib/officials/queries";
import { EditOfficialForm, MergeOfficialsForm, NewOfficialForm } from "./_components/official-forms";

const FORM_NAMESPACES = ["errors", "officials", "contentLanguages", "languages"];

export async function generateMetadata({ params }: PageProps<"/[locale]/organize/initiatives/[initiativeId]/officials">): Promise<Metadata> {
  const { initiativeId } = await params;
  const list = await listInitiativeOfficials(await requireOrganizer(), initiativeId, await getLocale());
  const t = await getTranslations("officials");
  return { title: list ? `${t("title")} · ${list.initiative.name}` : t("title") };
}

/**
 * The officials the initiative's delegations meet, shared by all its events: coordinators and
 * organizers (those who edit the agenda) list, add, edit and merge duplicates here; agenda items
 * pick from this list.
 */
export default async function OfficialsPage({ params }: PageProps<"/[locale]/organize/initiatives/[initiativeId]/officials">) {
  const { initiativeId } = await params;
  const viewer = await requireOrganizer();
  const locale = await getLocale();
  const list = await listInitiativeOfficials(viewer, initiativeId, locale);
  if (!list) notFound();
  const t = await getTranslations("officials");
  const organize = await getTranslations("organize");
  const { initiative, officials } = list;
  return (
    <div className="space-y-8">
      <div>
        <nav aria-label={t("breadcrumbs")} className="text-sm text-muted">
          <Link href="/organize" className="underline-offset-4 hover:underline">
            {organize("title")}
          </Link>
        </nav>
        <h1 className="text-2xl font-semibold">{t("heading", { initiative: initiative.name })}</h1>
        <p className="mt-1 max-w-prose text-sm text-muted">{t("intro")}</p>
      </div>

      <section aria-labelledby="officials-list-heading">
        <h2 id="officials-list-heading" className="text-xl font-semibold">
          {t("listHeading", { count: officials.length })}
        </h2>
        {officials.length === 0 ? (
          <p className="mt-2 text-muted">{t("none")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-line rounded border border-line bg-white">
            {officials.map((official) => (
              <li key={official.id} id={`official-${official.id}`} className="scroll-mt-20 p-4">
                <h3 className="font-medium">{official.name}</h3>
                <p className="text-sm">
                  <span lang={official.positionLang}>{official.positionShown}</span>, {official.institution}
                  {official.partyName && <> · {t("partyLine", { party: official.partyName })}</>}
                </p>
                <p className="text-sm text-muted">{t("meetings", { count: official.meetings })}</p>
                <details className="mt-2">
                  <summary className="cursor-pointer text-accent">{t("editOne", { name: official.name })}</summary>
                  <ClientMessages namespaces={FORM_NAMESPACES}>
                    <EditOfficialForm initiativeId={initiative.id} official={official} parties={initiative.parties} languages={WORKING_LANGUAGES} />
                  </ClientMessages>
                </details>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="add-official-heading" className="max-w-3xl space-y-2 rounded border border-line bg-white p-4">
        <h2 id="add-official-heading" className="text-xl font-semibold">
          {t("addHeading")}
        </h2>
        <ClientMessages namespaces={FORM_NAMESPACES}>
          <NewOfficialForm initiativeId={initiative.id} parties={initiative.parties} languages={WORKING_LANGUAGES} />
        </ClientMessages>
      </section>

      {officials.length > 1 && (
        <section aria-labelledby="merge-heading" className="max-w-3xl space-y-2 rounded border border-line bg-white p-4">
          <h2 id="merge-heading" className="text-xl font-semibold">
            {t("mergeHeading")}
          </h2>
          <p className="text-sm text-muted">{t("mergeIntro")}</p>
          <ClientMessages namespaces={FORM_NAMESPACES}>
            <MergeOfficialsForm
              initiativeId={initiative.id}
              officials={officials.map(({ id, name, positionShown, institution, meetings }) => ({ id, name, position: positionShown, institution, meetings }))}
            />
          </ClientMessages>
        </section>
      )}
    </div>
  );
}
