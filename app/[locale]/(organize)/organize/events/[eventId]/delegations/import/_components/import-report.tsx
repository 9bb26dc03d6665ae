"use client";

import { useTranslations } from "next-intl";
import type { SourceEncoding } from "@/lib/csv/decode";
import type { ImportReport } from "@/lib/delegations/csv-import";

const ENCODING_MESSAGES = {
  "utf-8": "utf8",
  "utf-8-bom": "utf8Bom",
  "utf-16le": "utf16le",
  "utf-16be": "utf16be",
  "windows-1251": "windows1251",
} as const satisfies Record<SourceEncoding, string>;

/**
 * What will happen to each line, before anything is saved (and what happened, after). `encoding`:
 * how the uploaded file was read (null for pasted text); a guessed Windows-1251 is said as a warning.
 */
export function ImportReportView({
  report,
  encoding = null,
  imported = false,
}: {
  report: ImportReport;
  encoding?: SourceEncoding | null;
  imported?: boolean;
}) {
  const t = useTranslations("import");
  const person = useTranslations("person");
  return (
    <section aria-labelledby="report-heading" className="space-y-4" aria-live="polite">
      <h2 id="report-heading" className="text-lg font-semibold">
        {imported ? t("reportAfter") : t("reportBefore")}
      </h2>
      <ul className="text-sm">
        {encoding && <li className={encoding === "windows-1251" ? "font-medium text-warn" : ""}>{t(`encodings.${ENCODING_MESSAGES[encoding]}`)}</li>}
        <li>{t("summaryRows", { count: report.totalRows })}</li>
        <li>{imported ? t("summaryImported", { count: report.rows.length }) : t("summaryValid", { count: report.rows.length })}</li>
        <li>{t("summaryAlready", { count: report.alreadyInvited.length })}</li>
        <li className={report.problems.length ? "font-medium text-danger" : ""}>{t("summaryProblems", { count: report.problems.length })}</li>
        {report.ignoredColumns.length > 0 && <li>{t("ignoredColumns", { columns: report.ignoredColumns.join(", ") })}</li>}
      </ul>
      {report.problems.length > 0 && (
        <table className="w-full rounded border border-line bg-white text-left text-sm">
          <caption className="p-2 text-left font-medium">{t("problemsCaption")}</caption>
          <thead className="bg-paper">
            <tr>
              <th scope="col" className="p-2">
                {t("line")}
              </th>
              <th scope="col" className="p-2">
                {t("field")}
              </th>
              <th scope="col" className="p-2">
                {t("problem")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {report.problems.map((p, i) => (
              <tr key={i}>
                <td className="p-2 tabular-nums">{p.line}</td>
                <td className="p-2">{t.has(`fields.${p.field}`) ? t(`fields.${p.field}`) : p.field}</td>
                <td className="p-2">
                  {t.has(`problems.${p.code}`) ? t(`problems.${p.code}`) : p.code}
                  {p.value && <span className="text-muted"> ({p.value})</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.rows.length > 0 && (
        <table className="w-full rounded border border-line bg-white text-left text-sm">
          <caption className="p-2 text-left font-medium">{imported ? t("importedCaption") : t("validCaption")}</caption>
          <thead className="bg-paper">
            <tr>
              <th scope="col" className="p-2">
                {t("line")}
              </th>
              <th scope="col" className="p-2">
                {person("name")}
              </th>
              <th scope="col" className="p-2">
                {person("email")}
              </th>
              <th scope="col" className="p-2">
                {person("party")}
              </th>
              <th scope="col" className="p-2">
                {person("sector")}
              </th>
              <th scope="col" className="p-2">
                {person("consent")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {report.rows.map((row) => (
              <tr key={row.line}>
                <td className="p-2 tabular-nums">{row.line}</td>
                <td className="p-2">{row.nameLatin}</td>
                <td className="p-2">{row.email}</td>
                <td className="p-2">{row.partyName}</td>
                <td className="p-2">{person(`sectors.${row.sector}`)}</td>
                <td className="p-2">{row.consent ? person(`consents.${row.consent}`) : t("consentFromForm")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.alreadyInvited.length > 0 && (
        <details className="text-sm">
          <summary>{t("alreadyCaption", { count: report.alreadyInvited.length })}</summary>
          <ul className="mt-1 list-disc pl-6">
            {report.alreadyInvited.map((r) => (
              <li key={r.line}>
                {t("lineOf", { line: r.line })}: {r.name} ({r.email})
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
