"use client";

import { useDeferredValue } from "react";
import { useTranslations } from "next-intl";
import { SafeMarkdown } from "./safe-markdown";

type Props = { id: string; label: string; hint: string; value: string; rows: number; onChange: (value: string) => void };

/** A Markdown text box with its live preview beside it (below it on a phone), rendered safely. */
export function MarkdownField({ id, label, hint, value, rows, onChange }: Props) {
  const t = useTranslations("recordEditor");
  // The preview may lag a keystroke behind; typing never waits for it.
  const preview = useDeferredValue(value);
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <div>
        <label htmlFor={id} className="block font-medium">
          {label}
        </label>
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
        <textarea
          id={id}
          rows={rows}
          value={value}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onChange(e.target.value)}
          className="mt-1 block w-full rounded border border-line bg-white px-3 py-2 font-mono text-sm"
        />
      </div>
      <section aria-label={t("preview", { field: label })} className="min-w-0 rounded border border-dashed border-line bg-paper p-3">
        <p className="text-xs font-semibold uppercase text-muted" aria-hidden>
          {t("previewTitle")}
        </p>
        {preview.trim() ? <SafeMarkdown text={preview} className="text-sm" /> : <p className="text-sm text-muted">{t("previewEmpty")}</p>}
      </section>
    </div>
  );
}
