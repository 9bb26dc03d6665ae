"use client";

import { formatLocalDateTime } from "@/lib/time/format";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { RecordDraft } from "@/lib/records/draft";
import { differingTexts, mergeDrafts, type TextChoice, type TextField } from "@/lib/records/merge";
import type { ServerConflict } from "./use-autosave";

/**
 * Someone else saved this record meanwhile. Nothing was applied: both versions are shown, field by
 * field, and the writer chooses (mine, theirs, or both one after the other). Ticks and
 * recommendations of both are kept. Until they save the merge, their own text stays in the editor.
 */
export function ConflictPanel({ mine, theirs, onResolve }: { mine: RecordDraft; theirs: ServerConflict; onResolve: (merged: RecordDraft) => void }) {
  const t = useTranslations("recordEditor.conflict");
  const field = useTranslations("recordEditor");
  const locale = useLocale();
  const fields = differingTexts(mine, theirs.draft);
  const [choices, setChoices] = useState<Partial<Record<TextField, TextChoice>>>({});
  const when = theirs.savedAt ? formatLocalDateTime(new Date(theirs.savedAt), locale) : null;
  const labels: Record<TextField, string> = { summary: field("summary"), keyPoints: field("keyPoints"), topics: field("meeting.topics") };
  return (
    <section aria-labelledby="conflict-heading" className="space-y-4 rounded border-2 border-danger bg-red-50 p-4">
      <h2 id="conflict-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm">{theirs.savedBy && when ? t("savedBy", { name: theirs.savedBy, when }) : t("savedElsewhere")}</p>
      <p className="text-sm">{t("explain")}</p>
      {fields.map((name) => (
        <fieldset key={name} className="space-y-2">
          <legend className="font-semibold">{labels[name]}</legend>
          <div className="grid gap-3 md:grid-cols-2">
            <section aria-label={t("theirsOf", { field: labels[name] })} className="rounded border border-line bg-white p-2">
              <h3 className="text-sm font-semibold">{t("theirs")}</h3>
              <p className="whitespace-pre-wrap text-sm">{theirs.draft[name] || t("empty")}</p>
            </section>
            <section aria-label={t("mineOf", { field: labels[name] })} className="rounded border border-accent bg-white p-2">
              <h3 className="text-sm font-semibold">{t("mine")}</h3>
              <p className="whitespace-pre-wrap text-sm">{mine[name] || t("empty")}</p>
            </section>
          </div>
          <div className="flex flex-wrap gap-4 text-sm" role="radiogroup" aria-label={t("choose", { field: labels[name] })}>
            {(["mine", "theirs", "both"] as const).map((choice) => (
              <label key={choice} className="flex items-center gap-1">
                <input
                  type="radio"
                  name={`choice-${name}`}
                  checked={(choices[name] ?? "mine") === choice}
                  onChange={() => setChoices((c) => ({ ...c, [name]: choice }))}
                />
                {t(`choice.${choice}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <p className="text-sm">{t("listsMerged")}</p>
      <button
        type="button"
        className="rounded bg-accent px-4 py-2 font-medium text-white hover:bg-accent-strong"
        onClick={() => onResolve(mergeDrafts(mine, theirs.draft, choices))}
      >
        {t("saveMerged")}
      </button>
    </section>
  );
}
