"use client";

import { formatLocalTimeWithSeconds } from "@/lib/time/format";
import { useLocale, useTranslations } from "next-intl";
import type { SaveStatus } from "./use-autosave";

type Props = { status: SaveStatus; version: number; savedAt: string | null; restored: boolean; signInHref: string; onRetry: () => void };

/** Always in view: whether everything typed is saved, and where it is if not. */
export function SaveIndicator({ status, version, savedAt, restored, signInHref, onRetry }: Props) {
  const t = useTranslations("recordEditor.status");
  const locale = useLocale();
  const time = savedAt ? formatLocalTimeWithSeconds(new Date(savedAt), locale) : null;
  const tone =
    status === "saved" || status === "final"
      ? "border-line bg-white"
      : status === "saving" || status === "unsaved"
        ? "border-accent bg-white"
        : "border-warn bg-amber-50";
  return (
    <div className={`sticky top-0 z-10 rounded border p-3 text-sm shadow-sm ${tone}`}>
      <p role="status" aria-live="polite" className="font-medium">
        {status === "saved" && (version > 0 ? (time ? t("savedAt", { version, time }) : t("saved", { version })) : t("nothingYet"))}
        {status === "unsaved" && t("unsaved")}
        {status === "saving" && t("saving")}
        {status === "offline" && t("offline")}
        {status === "signedOut" && t("signedOut")}
        {status === "conflict" && t("conflict")}
        {status === "final" && t("final")}
        {status === "noAccess" && t("noAccess")}
        {status === "error" && t("error")}
      </p>
      {restored && <p className="text-muted">{t("restored")}</p>}
      {status === "signedOut" && (
        <p className="mt-1 flex flex-wrap gap-3">
          <a href={signInHref} target="_blank" rel="noopener" className="text-accent underline">
            {t("signInAgain")}
          </a>
          <button type="button" onClick={onRetry} className="rounded border border-line px-2 py-0.5 hover:bg-paper">
            {t("retry")}
          </button>
        </p>
      )}
      {status === "error" && (
        <button type="button" onClick={onRetry} className="mt-1 rounded border border-line px-2 py-0.5 hover:bg-paper">
          {t("retry")}
        </button>
      )}
    </div>
  );
}
