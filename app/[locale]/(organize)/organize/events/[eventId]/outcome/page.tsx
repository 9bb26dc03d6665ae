import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { organizerEventMetadata } from "@/lib/events/load";
import { OrganizerEventHeader } from "@/components/events/organizer-event-header";
import { requireOrganizer } from "@/lib/auth/viewer";
import { getOutcomeForOrganizer } from "@/lib/outcomes/queries";
import { getOutcomeComposition } from "@/lib/outcomes/composition";
import { formatLinks, wordingKey } from "@/lib/outcomes/composition-rules";
import { getSignOffOverview } from "@/lib/outcomes/sign-off";
import { themeLabel, type RecommendationThemeKey } from "@/lib/records/themes";
import { instantToZonedParts } from "@/lib/time/zoned";
import { isJointlySigned } from "@/lib/outcomes/sign-off-rules";
import { formatDateTime, formatDateTimeInZone } from "@/lib/time/format";
import { cancelScheduledAction, requestSignOffsAction, setSignatoryAction } from "./actions";
import { embargoChoice } from "@/lib/outcomes/press-conference-rules";
import { AgendaPressSummary } from "./_components/agenda-press-summary";
import { CancelScheduleButton } from "./_components/cancel-schedule-button";
import { CompositionForm } from "./_components/composition-form";
import { OutcomeDraftForm } from "./_components/outcome-draft-form";
import { PublishOutcomeForm } from "./_components/publish-outcome-form";
import { RequestSignOffsButton } from "./_components/request-sign-offs-button";
import { SignatoryForm } from "./_components/sign-off-panel";

export function generateMetadata({ params }: PageProps<"/[locale]/organize/events/[eventId]/outcome">) {
  return organizerEventMetadata(params, "outcome");
}

export default async function OutcomePage({ params }: PageProps<"/[locale]/organize/events/[eventId]/outcome">) {
  const { eventId } = await params;
  const viewer = await requireOrganizer();
  const locale = await getLocale();
  const [data, signOffs, composition] = await Promise.all([
    getOutcomeForOrganizer(viewer, eventId),
    getSignOffOverview(viewer, eventId),
    getOutcomeComposition(viewer, eventId, locale),
  ]);
  if (!data || !signOffs || !composition) notFound();
  const themes = await getTranslations("themes");
  const press = composition.outcome?.pressConference;
  const pressAt = press?.startsAt ? instantToZonedParts(new Date(press.startsAt), data.event.timeZone) : null;
  // The press conference the outcome goes out with: the agenda's when it has one, else the typed one.
  const { agendaPress } = composition;
  const pressStartsAt = agendaPress ? agendaPress.startsAt : (press?.startsAt ?? null);
  const { event, outcome, statements, revisions } = data;
  const t = await getTranslations("outcomeForm");
  const s = await getTranslations("signOff");
  const languages = await getTranslations("languages");
  const version = outcome?.version ?? 1;
  const texts = Object.fromEntries(statements.map((st) => [st.language, st.text]));
  const now = new Date();
  const scheduled = revisions.find((r) => r.publishedAt > now);
  const joint = isJointlySigned(signOffs.matrix);
  const embargo = embargoChoice(pressStartsAt, now);
  const pressEmbargo =
    embargo.state === "available"
      ? { available: true, note: t("embargoUntilPressAt", { date: formatDateTimeInZone(embargo.at, event.timeZone, locale) }) }
      : embargo.state === "passed"
        ? { available: false, note: t("pressConferencePassed", { date: formatDateTime(embargo.at, event.timeZone, locale), zone: event.timeZone }) }
        : { available: false, note: t("pressTimeUnknown") };
  return (
    <div>
      <OrganizerEventHeader event={event} current="outcome" />
      <div className="space-y-8">
        <section aria-labelledby="draft-heading">
          <h2 id="draft-heading" className="text-xl font-semibold">
            {t("draft")}
          </h2>
          <p className="mt-1 text-sm text-muted">{t("draftHint")}</p>
          <OutcomeDraftForm eventId={event.id} languages={event.languages} texts={texts} version={version} />
        </section>

        <section aria-labelledby="composition-heading">
          <h2 id="composition-heading" className="text-xl font-semibold">
            {t("compositionHeading")}
          </h2>
          <p className="mt-1 text-sm text-muted">{t("compositionHint")}</p>
          {composition.outcome ? (
            <CompositionForm
              eventId={event.id}
              version={version}
              zone={event.timeZone}
              press={{ startsAt: pressAt ? `${pressAt.date}T${pressAt.time}` : "", place: press?.place ?? "", speakerIds: press?.speakerIds ?? [] }}
              agendaPress={agendaPress && <AgendaPressSummary eventId={event.id} zone={event.timeZone} press={agendaPress} />}
              hiddenPressItemId={composition.hiddenAgendaPress?.itemId ?? null}
              links={formatLinks(composition.outcome.links)}
              speakers={composition.speakers}
              adopted={composition.adopted.map((r) => ({
                ...r,
                themeLabel: themeLabel(r.theme, (key: RecommendationThemeKey) => themes(key)),
                wording: composition.outcome?.wording[r.id] ?? "",
                versions: event.languages.slice(1).map((language) => ({
                  language,
                  languageName: languages(language),
                  wording: composition.outcome?.wording[wordingKey(r.id, language)] ?? "",
                  text: r.translations?.[language]?.text ?? "",
                })),
              }))}
            />
          ) : (
            <p className="mt-2 text-sm text-muted">{t("compositionAfterStatement")}</p>
          )}
        </section>

        <section aria-labelledby="signoff-heading" className="rounded border border-line bg-white p-4">
          <h2 id="signoff-heading" className="text-xl font-semibold">
            {s("heading")}
          </h2>
          <p className="mt-1 text-sm text-muted">{s("organizerIntro")}</p>
          {signOffs.matrix.length === 0 ? (
            <p className="mt-2 text-sm text-muted">{s("nothingToSign")}</p>
          ) : (
            <table className="mt-3 w-full border-collapse text-sm">
              <caption className="sr-only">{s("tableCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col" className="border-b border-line p-2 text-left">
                    {s("version")}
                  </th>
                  {signOffs.parties.map((p) => (
                    <th key={p.partyId} scope="col" className="border-b border-line p-2 text-left">
                      {p.partyName}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {signOffs.matrix.map((line) => (
                  <tr key={line.statementId}>
                    <th scope="row" className="border-b border-line p-2 text-left font-medium">
                      {languages(line.language)}
                    </th>
                    {line.cells.map((cell) => (
                      <td key={cell.partyId} className="border-b border-line p-2">
                        {cell.signed && cell.signedAt ? (
                          <span className="text-ok">
                            {s("signedCell", { name: cell.signedByName ?? "—", date: formatDateTimeInZone(cell.signedAt, event.timeZone, locale) })}
                          </span>
                        ) : (
                          <span className="text-warn">{s("pendingCell")}</span>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="mt-2 text-sm font-medium">{joint ? s("allSigned") : s("notAllSigned")}</p>
          {!joint && signOffs.matrix.length > 0 && <RequestSignOffsButton action={requestSignOffsAction.bind(null, event.id)} />}
          <div className="mt-4 grid gap-4 md:grid-cols-2">
            {signOffs.parties.map((party) => (
              <div key={party.partyId} className="space-y-1">
                <p className="text-sm">
                  {party.signatory
                    ? s(party.signatory.hasAccount ? "signsFor" : "signsForNoAccount", { name: party.signatory.name, party: party.partyName })
                    : s("noSignatory", { party: party.partyName })}
                </p>
                <SignatoryForm action={setSignatoryAction.bind(null, event.id, party.partyId)} party={party} />
              </div>
            ))}
          </div>
        </section>

        <section aria-labelledby="publish-heading" className="rounded border border-line bg-white p-4">
          <h2 id="publish-heading" className="text-xl font-semibold">
            {t("publication")}
          </h2>
          {revisions.length === 0 ? (
            <p className="mt-1 text-sm text-muted">{t("notPublished")}</p>
          ) : (
            <ul className="mt-2 space-y-1 text-sm">
              {revisions.map((r) => (
                <li key={r.revision}>
                  {r.publishedAt > now
                    ? t("revisionScheduled", { revision: r.revision, date: formatDateTimeInZone(r.publishedAt, event.timeZone, locale) })
                    : t("revisionLine", { revision: r.revision, date: formatDateTimeInZone(r.publishedAt, event.timeZone, locale) })}
                  {r.note && ` — ${r.note}`}
                  {!r.jointlySigned && ` · ${t("notJointlySigned", { reason: r.unsignedReason })}`}
                </li>
              ))}
            </ul>
          )}
          {scheduled ? (
            <>
              <p className="mt-3 text-sm font-medium">{t("scheduledNote", { date: formatDateTimeInZone(scheduled.publishedAt, event.timeZone, locale) })}</p>
              <CancelScheduleButton action={cancelScheduledAction.bind(null, event.id)} />
            </>
          ) : (
            statements.length > 0 && (
              <PublishOutcomeForm
                eventId={event.id}
                version={version}
                isCorrection={revisions.length > 0}
                jointlySigned={joint}
                zone={event.timeZone}
                pressEmbargo={pressEmbargo}
              />
            )
          )}
        </section>
      </div>
    </div>
  );
}
