import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireDelegate } from "@/lib/auth/viewer";
import { listFellowDelegates } from "@/lib/delegations/for-delegate";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("participantsPage");
  return { title: t("title") };
}

/** Who is coming, for delegates: names only as each person allowed, never contact details. */
export default async function ParticipantsPage() {
  const viewer = await requireDelegate();
  const events = await listFellowDelegates(viewer);
  const t = await getTranslations("participantsPage");
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-muted">{t("intro")}</p>
      {events.length === 0 && <p className="text-muted">{t("noEvents")}</p>}
      {events.map((event) => {
        const partyNames = [...new Set([...event.people.map((p) => p.partyName), ...event.unlisted.map((u) => u.partyName)])].sort();
        return (
          <section key={event.eventId} aria-labelledby={`people-${event.eventId}`} className="space-y-4">
            <h2 id={`people-${event.eventId}`} className="text-xl font-semibold">
              {event.title}
            </h2>
            <div className="grid gap-6 md:grid-cols-2">
              {partyNames.map((party) => {
                const listed = event.people.filter((p) => p.partyName === party);
                const hidden = event.unlisted.find((u) => u.partyName === party)?.count ?? 0;
                return (
                  <div key={party}>
                    <h3 className="font-semibold">{t("delegationOf", { party })}</h3>
                    <ul className="mt-2 space-y-2">
                      {listed.map((p, i) => (
                        <li key={i} className="rounded border border-line bg-white p-3">
                          <span className="font-medium">{p.nameLatin}</span>
                          {p.isViewer && <span className="text-muted"> ({t("you")})</span>}
                          {p.head && <span className="block text-sm">{t("head")}</span>}
                          {p.nameNative && <span className="block text-sm text-muted">{p.nameNative}</span>}
                          {(p.position || p.organization) && (
                            <span className="block text-sm text-muted">{[p.position, p.organization].filter(Boolean).join(", ")}</span>
                          )}
                        </li>
                      ))}
                    </ul>
                    {hidden > 0 && <p className="mt-2 text-sm text-muted">{t("notListed", { count: hidden })}</p>}
                  </div>
                );
              })}
            </div>
          </section>
        );
      })}
    </div>
  );
}
