import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { OrganizerEventHeader } from "@/components/events/organizer-event-header";
import { loadOrganizerEvent, organizerEventMetadata } from "@/lib/events/load";
import { getSurveyForOrganizer, getSurveyResults } from "@/lib/feedback/queries";
import { surveyDueAt } from "@/lib/feedback/rules";
import { formatDateTime } from "@/lib/time/format";
import { saveSurveyAction, sendSurveyAction } from "./actions";
import { SendSurveyButton } from "./_components/send-survey-button";
import { SurveyForm } from "./_components/survey-form";
import { SurveyResultsView } from "./_components/survey-results";

export function generateMetadata({ params }: PageProps<"/[locale]/organize/events/[eventId]/feedback">) {
  return organizerEventMetadata(params, "feedback");
}

/** The event's feedback survey: its questions, sending it to the confirmed delegates, and the results per party. */
export default async function FeedbackPage({ params }: PageProps<"/[locale]/organize/events/[eventId]/feedback">) {
  const { eventId } = await params;
  const { viewer, event } = await loadOrganizerEvent(eventId, "outcomes");
  const locale = await getLocale();
  const [survey, results] = await Promise.all([getSurveyForOrganizer(viewer, event.id), getSurveyResults(viewer, event.id, locale)]);
  if (!survey || !results) notFound();
  const t = await getTranslations("feedback");
  const languageNames = await getTranslations("languages");
  return (
    <div>
      <OrganizerEventHeader event={event} current="feedback" />
      <div className="space-y-8">
        <section aria-labelledby="questions-heading">
          <h2 id="questions-heading" className="text-xl font-semibold">
            {t("questionsTitle")}
          </h2>
          <p className="mt-1 max-w-prose text-sm text-muted">{t("intro")}</p>
          <SurveyForm
            action={saveSurveyAction.bind(null, event.id)}
            questions={survey.questions}
            anonymous={survey.anonymous}
            sendAfterLastDay={survey.sendAfterLastDay}
            version={survey.version}
            answered={survey.responses > 0}
            languages={event.languages.slice(1).map((language) => ({ code: language, name: languageNames(language) }))}
          />
        </section>

        <section aria-labelledby="sending-heading">
          <h2 id="sending-heading" className="text-xl font-semibold">
            {t("sendingTitle")}
          </h2>
          <p className="mt-1 max-w-prose text-sm">
            {survey.sentAt
              ? t("sentOn", { date: formatDateTime(survey.sentAt, event.timeZone, locale) })
              : !survey.sendAfterLastDay
                ? t("notSent")
                : event.status === "draft"
                  ? t("notSentDraft")
                  : t("willSend", { date: formatDateTime(surveyDueAt(event), event.timeZone, locale) })}
          </p>
          <p className="mt-1 max-w-prose text-sm text-muted">{t("sendHint")}</p>
          {survey.questions.length > 0 ? (
            <SendSurveyButton action={sendSurveyAction.bind(null, event.id)} />
          ) : (
            <p className="mt-2 text-sm">{t("noQuestionsYet")}</p>
          )}
        </section>

        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="text-xl font-semibold">
            {t("resultsTitle")}
          </h2>
          {results.results.total.responses > 0 && (
            <p className="mt-1">
              <a href={`/${locale}/organize/events/${event.id}/feedback/export`} className="text-accent underline" download>
                {t("downloadCsv")}
              </a>
            </p>
          )}
          <div className="mt-3">
            <SurveyResultsView results={results.results} anonymous={results.anonymous} questions={results.questions} />
          </div>
        </section>
      </div>
    </div>
  );
}
