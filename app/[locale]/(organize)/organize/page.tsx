import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SignOutEverywhere } from "@/components/auth/sign-out-everywhere";
import { Link } from "@/i18n/navigation";
import { requireOrganizer } from "@/lib/auth/viewer";
import { listEventsForOrganizer } from "@/lib/events/queries";
import { listInitiativesForOrganizer } from "@/lib/initiatives/queries";
import { roleCan } from "@/lib/teams/roles";
import { formatDayRange } from "@/lib/time/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("organize");
  return { title: t("title") };
}

export default async function OrganizeDashboard() {
  const viewer = await requireOrganizer();
  const [initiatives, events] = await Promise.all([listInitiativesForOrganizer(viewer), listEventsForOrganizer(viewer)]);
  const t = await getTranslations("organize");
  const status = await getTranslations("eventStatus");
  const deletion = await getTranslations("deletionRequests");
  const team = await getTranslations("team");
  const officials = await getTranslations("officials");
  const roles = await getTranslations("teamRoles");
  const locale = await getLocale();
  const plans = initiatives.some((i) => roleCan(i.teamRole, "plan"));
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {plans && (
          <Link href="/organize/deletion-requests" className="ms-auto text-accent underline-offset-4 hover:underline">
            {deletion("title")}
          </Link>
        )}
        <Link href="/organize/initiatives/new" className="rounded bg-accent px-4 py-2 font-medium text-white hover:bg-accent-strong">
          {t("newInitiative")}
        </Link>
      </div>

      <section aria-labelledby="events-heading">
        <h2 id="events-heading" className="text-xl font-semibold">
          {t("events")}
        </h2>
        {events.length === 0 ? (
          <p className="mt-2 text-muted">{t("noEvents")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-line rounded border border-line bg-white">
            {events.map((event) => (
              <li key={event.id} className="flex flex-wrap items-baseline justify-between gap-2 p-4">
                <div>
                  <Link href={`/organize/events/${event.id}`} className="font-medium text-accent underline-offset-4 hover:underline">
                    {event.title}
                  </Link>
                  <p className="text-sm text-muted">
                    {event.initiativeName} · {formatDayRange(event.firstDay, event.lastDay, locale)} · {event.city}
                  </p>
                </div>
                <span className="text-sm">{status(event.status)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="initiatives-heading">
        <h2 id="initiatives-heading" className="text-xl font-semibold">
          {t("initiatives")}
        </h2>
        {initiatives.length === 0 ? (
          <p className="mt-2 text-muted">{t("noInitiatives")}</p>
        ) : (
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {initiatives.map((initiative) => (
              <li key={initiative.id} className="rounded border border-line bg-white p-4">
                <h3 className="font-semibold">{initiative.name}</h3>
                <p className="text-sm text-muted">{t("parties", { names: initiative.parties.map((p) => p.name).join(" · ") })}</p>
                <p className="text-sm">{team("yourRole", { role: roles(initiative.teamRole) })}</p>
                <div className="mt-3 flex flex-wrap gap-2">
                  {roleCan(initiative.teamRole, "plan") && (
                    <Link
                      href={`/organize/initiatives/${initiative.id}/events/new`}
                      className="inline-block rounded border border-line px-3 py-1 text-sm hover:bg-paper"
                      aria-label={t("newEventIn", { initiative: initiative.name })}
                    >
                      {t("newEvent")}
                    </Link>
                  )}
                  {roleCan(initiative.teamRole, "plan") && (
                    <Link
                      href={`/organize/initiatives/${initiative.id}/officials`}
                      className="inline-block rounded border border-line px-3 py-1 text-sm hover:bg-paper"
                    >
                      {officials("initiativeLink", { initiative: initiative.name })}
                    </Link>
                  )}
                  <Link
                    href={`/organize/initiatives/${initiative.id}/team`}
                    className="inline-block rounded border border-line px-3 py-1 text-sm hover:bg-paper"
                  >
                    {team("teamLink", { initiative: initiative.name })}
                  </Link>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="max-w-xl">
        <SignOutEverywhere />
      </div>
    </div>
  );
}
