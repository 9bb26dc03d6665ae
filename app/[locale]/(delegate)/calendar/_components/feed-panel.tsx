"use client";

import { useActionState, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, SubmitButton } from "@/components/ui/form-fields";
import type { FeedActionState } from "@/lib/calendar/feed-action-state";
import { webcalUrl } from "@/lib/calendar/paths";
import { idle } from "@/lib/forms/action-state";
import { calendarFeedAction } from "../actions";

/**
 * The calendar link's state and its three actions. A link just made is shown here once, in a
 * read-only box with a copy button and a webcal: link; the page never shows it again.
 */
export function FeedPanel({ on, statusLines }: { on: boolean; statusLines: string[] }) {
  const t = useTranslations("calendar");
  const [state, action] = useActionState<FeedActionState, FormData>(calendarFeedAction, idle);
  const feedUrl = state.status === "ok" ? state.feedUrl : undefined;
  return (
    <div className="space-y-4">
      <FormStatus state={state} />
      <div className="space-y-1 text-sm">
        {statusLines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {feedUrl && <FeedUrl url={feedUrl} />}
      {on ? (
        <div className="space-y-3">
          <p className="text-sm text-muted">{t("rotateHint")}</p>
          <div className="flex flex-wrap gap-3">
            <form action={action}>
              <input type="hidden" name="intent" value="rotate" />
              <SubmitButton pendingLabel={t("rotating")} variant="secondary">
                {t("rotate")}
              </SubmitButton>
            </form>
            <form action={action}>
              <input type="hidden" name="intent" value="off" />
              <SubmitButton pendingLabel={t("turningOff")} variant="danger">
                {t("turnOff")}
              </SubmitButton>
            </form>
          </div>
        </div>
      ) : (
        <form action={action}>
          <input type="hidden" name="intent" value="create" />
          <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
        </form>
      )}
    </div>
  );
}

function FeedUrl({ url }: { url: string }) {
  const t = useTranslations("calendar");
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopy("copied");
    } catch {
      input.current?.select();
      setCopy("failed");
    }
  };
  return (
    <div className="space-y-2 rounded border border-accent bg-white p-3">
      <label htmlFor="feed-url" className="block text-sm font-medium">
        {t("urlLabel")}
      </label>
      <input
        ref={input}
        id="feed-url"
        type="text"
        readOnly
        value={url}
        onFocus={(e) => e.currentTarget.select()}
        aria-describedby="feed-url-hint"
        className="block w-full rounded border border-line bg-paper px-3 py-2 font-mono text-sm"
      />
      <p id="feed-url-hint" className="text-sm text-muted">
        {t("urlHint")}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={copyLink} className="rounded bg-accent px-4 py-2 font-medium text-white hover:bg-accent-strong">
          {t("copy")}
        </button>
        <a href={webcalUrl(url)} className="underline underline-offset-4">
          {t("openInApp")}
        </a>
      </div>
      <p role="status" className="text-sm">
        {copy === "copied" ? t("copied") : copy === "failed" ? t("copyFailed") : ""}
      </p>
    </div>
  );
}
