"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { TranslationFields } from "@/components/content/translation-fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-fields";
import { idle } from "@/lib/forms/action-state";
import { updateEventTranslationsAction } from "../actions";

type Props = {
  eventId: string;
  /** The event's working languages; the first is the one its own fields are written in. */
  languages: readonly string[];
  /** The fields as written in the first language. */
  source: { title: string; venueName: string; city: string };
  /** Saved versions by form name (`title_hy`). */
  values: Record<string, string>;
  version: number;
};

/** The event's title, venue and city in its other working languages, each beside the first language's text. */
export function EventTranslationsForm({ eventId, languages, source, values, version }: Props) {
  const t = useTranslations("eventTranslations");
  const [state, action] = useActionState(boundAction(updateEventTranslationsAction, eventId), idle);
  const others = languages.slice(1);
  return (
    <form action={action} className="mt-3 space-y-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="version" value={version} />
      {(["title", "venueName", "city"] as const).map((field) => (
        <div key={field}>
          <p className="text-sm">
            <span className="font-medium">{t(field)}:</span> <span lang={languages[0]}>{source[field]}</span>
          </p>
          <TranslationFields field={field} label={t(field)} languages={others} state={state} values={values} />
        </div>
      ))}
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
