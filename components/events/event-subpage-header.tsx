import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** The top of a page split off the event page: the way back, and what this page is. */
export async function EventSubpageHeader({ event, title, children }: { event: { slug: string; title: string }; title: string; children?: React.ReactNode }) {
  const t = await getTranslations("event");
  return (
    <header className="space-y-1">
      <p className="text-sm">
        <Link href={`/events/${event.slug}`} className="text-accent underline">
          {t("backToEvent", { title: event.title })}
        </Link>
      </p>
      <h1 className="text-3xl font-semibold">{title}</h1>
      {children}
    </header>
  );
}
