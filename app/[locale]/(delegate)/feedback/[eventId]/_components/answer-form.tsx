"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ContentText } from "@/components/content/content-text";
import { FormStatus, RadioGroup, SubmitButton, TextAreaField } from "@/components/ui/form-fields";
import { idle, type ActionState } from "@/lib/forms/action-state";

/** In the delegate's language where the organizers wrote it; `…ShownIn` names the language shown instead. */
type Question = {
  id: string;
  kind: "rating" | "choice" | "text";
  prompt: string;
  options: string[];
  optionLabels: string[];
  promptShownIn?: string;
  optionsShownIn?: string;
};

/** One block per question: a rating as five labelled radios, a choice as radios, free text as a text area. */
export function AnswerForm({ action, questions }: { action: (previous: ActionState, form: FormData) => Promise<ActionState>; questions: Question[] }) {
  const t = useTranslations("feedback");
  /**
   * A text in another language than the delegate's (no version in theirs) is marked as such, in
   * words a screen reader reads too, and carries its language so it is read in that language.
   */
  const inOther = (text: string, language?: string) => <ContentText text={text} shownIn={language} />;
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormStatus state={state} />
      {questions.map((q) => {
        const name = `a.${q.id}`;
        if (q.kind === "rating")
          return (
            <RadioGroup
              key={q.id}
              name={name}
              legend={inOther(q.prompt, q.promptShownIn)}
              hint={t("ratingHint")}
              state={state}
              options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t(`scale.${n}`) }))}
            />
          );
        if (q.kind === "choice")
          return (
            <RadioGroup
              key={q.id}
              name={name}
              legend={inOther(q.prompt, q.promptShownIn)}
              state={state}
              // The value is the option as the survey keeps it; the label is in the delegate's language.
              options={q.options.map((o, i) => ({ value: o, label: inOther(q.optionLabels[i] ?? o, q.optionsShownIn) }))}
            />
          );
        return <TextAreaField key={q.id} name={name} label={inOther(q.prompt, q.promptShownIn)} hint={t("textHint")} state={state} rows={4} />;
      })}
      <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
    </form>
  );
}
