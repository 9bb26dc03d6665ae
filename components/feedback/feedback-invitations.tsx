import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { DelegateViewer } from "@/lib/auth/viewer";
import { listOpenSurveysForDelegate } from "@/lib/feedback/queries";

/** On the delegate's schedule: each open feedback survey they have not answered yet, with its link. */
export async function FeedbackInvitations({ viewer }: { viewer: DelegateViewer }) {
  const open = await listOpenSurveysForDelegate(viewer);
  if (open.length === 0) return null;
  const t = await getTranslations("feedback");
  return (
    <section aria-labelledby="feedback-invitations" className="space-y-2 rounded border border-accent bg-white p-4">
      <h2 id="feedback-invitations" className="font-semibold">
        {t("scheduleHeading")}
      </h2>
      <ul className="space-y-1">
        {open.map((s) => (
          <li key={s.eventId}>
            <Link href={`/feedback/${s.eventId}`} className="text-accent underline">
              {t("scheduleLink", { event: s.title })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
