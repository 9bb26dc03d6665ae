"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { CheckboxGroup, FormStatus, SubmitButton, TextAreaField, TextField } from "@/components/ui/form-fields";
import { idle, type ActionState } from "@/lib/forms/action-state";
import { saveCompositionAction } from "../actions";

type Props = {
  eventId: string;
  version: number;
  zone: string;
  press: { startsAt: string; place: string; speakerIds: string[] };
  /** The agenda's press conference, shown read-only: the outcome takes it, and the fields below are not shown. */
  agendaPress: ReactNode | null;
  /** A press conference on the agenda that the public may not see: not taken, the organizer is told. */
  hiddenPressItemId: string | null;
  links: string;
  speakers: { personId: string; name: string; partyId: string; partyName: string }[];
  adopted: {
    id: string;
    theme: string;
    themeLabel: string;
    text: string;
    itemTitle: string;
    wording: string;
    /** In each of the event's other working languages: the outcome's wording there, and the record's version (empty: none). */
    versions: { language: string; languageName: string; wording: string; text: string }[];
  }[];
};

/** Beside the statement: the press conference, the links, and how the outcome words each adopted recommendation. */
export function CompositionForm({ eventId, version, zone, press, agendaPress, hiddenPressItemId, links, speakers, adopted }: Props) {
  const t = useTranslations("outcomeForm");
  const [state, action] = useActionState(boundAction(saveCompositionAction, eventId), idle);
  return (
    <form action={action} className="mt-3 space-y-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="version" value={version} />
      <fieldset className="space-y-3">
        <legend className="font-semibold">{t("pressConference")}</legend>
        {agendaPress ?? (
          <>
            {hiddenPressItemId ? (
              <p className="text-sm">
                {t("pressOnAgendaNotPublic")}{" "}
                <Link href={`/organize/events/${eventId}/agenda/${hiddenPressItemId}`} className="text-accent underline">
                  {t("makePressPublic")}
                </Link>
              </p>
            ) : (
              <p className="text-sm">
                {t("noPressOnAgenda")}{" "}
                <Link href={`/organize/events/${eventId}/agenda`} className="text-accent underline">
                  {t("addPressOnAgenda")}
                </Link>
              </p>
            )}
            <ManualPressFields zone={zone} press={press} speakers={speakers} state={state} />
          </>
        )}
      </fieldset>
      <TextAreaField name="links" label={t("links")} hint={t("linksHint")} state={state} defaultValue={links} rows={4} />
      <fieldset className="space-y-3">
        <legend className="font-semibold">{t("adoptedRecommendations")}</legend>
        {adopted.length === 0 && <p className="text-sm text-muted">{t("noAdopted")}</p>}
        {adopted.map((r) => (
          <div key={r.id}>
            <TextAreaField
              id={`wording-${r.id}`}
              name={`wording_${r.id}`}
              label={t("wordingOf", { theme: r.themeLabel, session: r.itemTitle })}
              hint={t("wordingHint", { text: r.text })}
              state={state}
              defaultValue={r.wording}
              rows={2}
            />
            {r.versions.map((v) => (
              <TextAreaField
                key={v.language}
                id={`wording-${r.id}-${v.language}`}
                name={`wording_${r.id}_${v.language}`}
                label={t("wordingIn", { theme: r.themeLabel, language: v.languageName })}
                hint={v.text ? t("wordingHint", { text: v.text }) : t("wordingFallbackHint")}
                state={state}
                defaultValue={v.wording}
                lang={v.language}
                rows={2}
              />
            ))}
          </div>
        ))}
      </fieldset>
      <SubmitButton pendingLabel={t("saving")}>{t("saveComposition")}</SubmitButton>
    </form>
  );
}

/** The outcome's own press-conference fields: only while the agenda has no press conference. */
function ManualPressFields({ zone, press, speakers, state }: Pick<Props, "zone" | "press" | "speakers"> & { state: ActionState }) {
  const t = useTranslations("outcomeForm");
  const parties = [...new Map(speakers.map((s) => [s.partyId, s.partyName])).entries()];
  return (
    <>
      <div className="grid gap-3 md:grid-cols-2">
        <TextField
          name="pressStartsAt"
          type="datetime-local"
          label={t("pressStartsAt", { zone })}
          hint={t("clockHint", { zone })}
          state={state}
          defaultValue={press.startsAt}
        />
        <TextField name="pressPlace" label={t("pressPlace")} state={state} defaultValue={press.place} />
      </div>
      <div className="grid gap-3 md:grid-cols-2">
        {parties.map(([partyId, partyName]) => (
          <CheckboxGroup
            key={partyId}
            name="speakerIds"
            legend={t("pressSpeakers", { party: partyName })}
            state={state}
            options={speakers.filter((s) => s.partyId === partyId).map((s) => ({ value: s.personId, label: s.name }))}
            defaultValues={press.speakerIds}
          />
        ))}
      </div>
      <p className="text-sm text-muted">{t("pressSpeakersHint")}</p>
    </>
  );
}
