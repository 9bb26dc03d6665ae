import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageFrame } from "@/components/layout/page-frame";
import { SiteHeaderFor } from "@/components/layout/site-header";
import { MySchedule } from "@/components/schedule/my-schedule";
import { pageLocale } from "@/i18n/page-locale";
import type { DelegateViewer } from "@/lib/auth/viewer";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { getUserForViewer } from "@/lib/auth/users";
import { keepRenderedUntil } from "@/lib/cache/render-lifetime";
import { openScheduleView } from "@/lib/schedule/cached-view";
import { unchangedUntil } from "@/lib/schedule/day-order";
import { getScheduleDays } from "@/lib/schedule/schedule-day";

// "My schedule" served from the cache (issue #14 point 4: a request costs what a cached page costs,
// however large the event). Never reached from outside: proxy.ts refuses this address, and sends a
// signed-in delegate's /[locale]/schedule here (through next.config.ts's rewrite) with a segment
// it sealed after checking the session (lib/schedule/cached-view-key.ts). One copy per delegate,
// day asked for, and state of the database: any write marks the state changed, so the next request
// renders anew. Kept at most an hour, and never past the next start or end of an entry (what is on
// now and next).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/schedule-view/[view]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "schedule" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function CachedSchedulePage({ params }: PageProps<"/[locale]/schedule-view/[view]">) {
  const locale = await pageLocale(params);
  const { view } = await params;
  const now = new Date();
  const claim = openScheduleView(view, resolveAuthSecret(), now);
  if (!claim) notFound();
  // The account as the page would read it per request (lib/auth/viewer.ts getViewer); the proxy
  // checked its session when it sealed the segment.
  const user = await getUserForViewer(claim.userId);
  if (user?.role !== "delegate") notFound();
  const viewer: DelegateViewer = { kind: "delegate", userId: user.id, email: user.email, name: user.name, personIds: user.personIds };
  const events = await getScheduleDays(viewer.personIds, { day: claim.day, since: null }, now, locale);
  await keepRenderedUntil(
    unchangedUntil(
      events.flatMap((event) => event.entries),
      now,
      new Date(Math.min(now.getTime() + 3600_000, claim.until * 1000)),
    ),
    now,
  );
  // Framed here, not by a layout: the header names the account, which only the page knows.
  return (
    <PageFrame header={<SiteHeaderFor viewer={viewer} />}>
      <div className="mx-auto max-w-5xl">
        <MySchedule viewer={viewer} events={events} now={now} />
      </div>
    </PageFrame>
  );
}
