"use client";

import { boundAction } from "@/lib/forms/bound-action";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { importAction } from "../actions";
import { idleImport, type ImportState } from "../import-state";
import { ImportReportView } from "./import-report";

/**
 * `template`: the CSV header and an example row, offered as a download (read on the server).
 * `requestKey`: a fresh key per form shown (the page renders anew after an import), so the same
 * import sent twice imports once (lib/forms/create-once.ts).
 */
export function ImportForm({ eventId, template, requestKey }: { eventId: string; template: string; requestKey: string }) {
  const t = useTranslations("import");
  const [state, action, pending] = useActionState(boundAction(importAction, eventId), idleImport);
  const text = state.status === "idle" ? "" : state.text;
  const sendInvitations = state.status === "idle" ? true : state.sendInvitations;
  const defaultConsent = state.status === "idle" ? null : state.defaultConsent;
  const consentMissing = state.status === "error" && state.message === "import.chooseConsent";
  const importable = state.status === "preview" ? state.report.rows.length : 0;
  const encoding = state.status === "preview" || state.status === "done" ? state.encoding : null;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="requestKey" value={requestKey} />
      {encoding && <input type="hidden" name="encoding" value={encoding} />}
      {state.status === "error" && (
        <p role="alert" className="rounded bg-red-50 p-3 text-danger">
          {t.has(state.message.replace(/^import\./, "")) ? t(state.message.replace(/^import\./, "")) : t("failed")}
        </p>
      )}
      <p className="text-sm">
        {t("columns")}{" "}
        <a href={`data:text/csv;charset=utf-8,${encodeURIComponent(template)}`} download="invitations-template.csv" className="text-accent underline">
          {t("template")}
        </a>{" "}
        ·{" "}
        <a href="/samples/peace-bridge-azerbaijan-delegation.csv" download className="text-accent underline">
          {t("sample")}
        </a>
      </p>
      <div>
        <label htmlFor="csv" className="block text-sm font-medium">
          {t("paste")}
        </label>
        <textarea
          id="csv"
          name="csv"
          rows={10}
          key={text}
          defaultValue={text}
          spellCheck={false}
          className="mt-1 block w-full rounded border border-line bg-white px-3 py-2 font-mono text-sm"
        />
      </div>
      <div>
        <label htmlFor="file" className="block text-sm font-medium">
          {t("upload")}
        </label>
        <input id="file" name="file" type="file" accept=".csv,.tsv,.txt,text/csv" aria-describedby="file-hint" className="mt-1 block text-sm" />
        <p id="file-hint" className="mt-1 text-sm text-muted">
          {t("uploadHint")}
        </p>
      </div>
      {/* Nothing preselected: the organizer says what applies to people whose row has no consent. Never "public". */}
      <fieldset aria-describedby="defaultConsent-hint" aria-invalid={consentMissing || undefined} className="space-y-1">
        <legend className="text-sm font-medium">{t("defaultConsent")}</legend>
        <p id="defaultConsent-hint" className="text-sm text-muted">
          {t("defaultConsentHint")}
        </p>
        {(["none", "delegates"] as const).map((choice) => (
          <div key={choice} className="flex items-center gap-2">
            <input
              id={`defaultConsent-${choice}`}
              name="defaultConsent"
              type="radio"
              value={choice}
              key={`${choice}-${defaultConsent}`}
              defaultChecked={defaultConsent === choice}
              className="h-5 w-5"
            />
            <label htmlFor={`defaultConsent-${choice}`} className="text-sm">
              {t(`defaultConsents.${choice}`)}
            </label>
          </div>
        ))}
      </fieldset>
      <div className="flex items-center gap-2">
        <input id="sendInvitations" name="sendInvitations" type="checkbox" key={String(sendInvitations)} defaultChecked={sendInvitations} className="h-5 w-5" />
        <label htmlFor="sendInvitations" className="text-sm font-medium">
          {t("sendInvitations")}
        </label>
      </div>
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          name="intent"
          value="preview"
          disabled={pending}
          className="rounded border border-line bg-white px-4 py-2 font-medium hover:bg-paper disabled:opacity-60"
        >
          {t("check")}
        </button>
        {importable > 0 && (
          <button
            type="submit"
            name="intent"
            value="import"
            disabled={pending}
            className="rounded bg-accent px-4 py-2 font-medium text-white hover:bg-accent-strong disabled:opacity-60"
          >
            {t("importRows", { count: importable })}
          </button>
        )}
      </div>
      <Outcome state={state} />
    </form>
  );
}

function Outcome({ state }: { state: ImportState }) {
  const t = useTranslations("import");
  if (state.status === "preview") return <ImportReportView report={state.report} encoding={state.encoding} />;
  if (state.status === "done") {
    if (!state.report) {
      // A repeat of an import already done: the first's counts, not a confusing "nobody added".
      return (
        <p role="status" className="rounded bg-green-50 p-3 text-ok">
          {t("alreadyDone", { imported: state.imported, invited: state.invited })}
        </p>
      );
    }
    return (
      <div className="space-y-3">
        <p role="status" className="rounded bg-green-50 p-3 text-ok">
          {t("done", { imported: state.imported, invited: state.invited })}
        </p>
        <ImportReportView report={state.report} encoding={state.encoding} imported />
      </div>
    );
  }
  return null;
}
