import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { requireDelegate } from "@/lib/auth/viewer";
import { getSurveyForDelegate } from "@/lib/feedback/queries";
import { submitFeedbackAction } from "./actions";
import { AnswerForm } from "./_components/answer-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedback");
  return { title: t("answerTitle") };
}

/** A confirmed delegate's answer to the event's feedback survey, on the phone: says whether it is anonymous; once. */
export default async function AnswerSurveyPage({ params }: PageProps<"/[locale]/feedback/[eventId]">) {
  const { eventId } = await params;
  const viewer = await requireDelegate();
  const survey = await getSurveyForDelegate(viewer, eventId, await getLocale());
  if (!survey) notFound();
  const t = await getTranslations("feedback");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("answerHeading", { event: survey.eventTitle })}</h1>
      <p className="rounded border border-line bg-white p-3 text-sm">{survey.anonymous ? t("anonymousNote") : t("namedNote")}</p>
      {survey.answered ? (
        <div role="status" className="space-y-2 rounded bg-green-50 p-4 text-ok">
          <p className="font-semibold">{t("thanksHeading")}</p>
          <p>{t("alreadyAnsweredNote")}</p>
          <p>
            <Link href="/schedule" className="underline">
              {t("backToSchedule")}
            </Link>
          </p>
        </div>
      ) : (
        <ClientMessages namespaces={["errors", "feedback", "contentLanguages"]}>
          <AnswerForm action={submitFeedbackAction.bind(null, eventId)} questions={survey.questions} />
        </ClientMessages>
      )}
    </div>
  );
}
