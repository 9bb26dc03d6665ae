"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, RadioGroup, SubmitButton, TextAreaField } from "@/components/ui/form-fields";
import { idle, type ActionState } from "@/lib/forms/action-state";

type Question = { id: string; kind: "rating" | "choice" | "text"; prompt: string; options: string[] };

/** One block per question: a rating as five labelled radios, a choice as radios, free text as a text area. */
export function AnswerForm({ action, questions }: { action: (previous: ActionState, form: FormData) => Promise<ActionState>; questions: Question[] }) {
  const t = useTranslations("feedback");
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
              legend={q.prompt}
              hint={t("ratingHint")}
              state={state}
              options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t(`scale.${n}`) }))}
            />
          );
        if (q.kind === "choice")
          return <RadioGroup key={q.id} name={name} legend={q.prompt} state={state} options={q.options.map((o) => ({ value: o, label: o }))} />;
        return <TextAreaField key={q.id} name={name} label={q.prompt} hint={t("textHint")} state={state} rows={4} />;
      })}
      <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
    </form>
  );
}
