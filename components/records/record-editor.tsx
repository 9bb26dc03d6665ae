"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/forms/action-state";
import { newRecommendation, type RecordDraft, type RecommendationDraft } from "@/lib/records/draft";
import { RECOMMENDATION_THEMES, isThemeKey } from "@/lib/records/themes";
import { ConflictPanel } from "./conflict-panel";
import { FinalizeForm } from "./finalize-form";
import { MarkdownField } from "./markdown-field";
import { newKey } from "./new-key";
import { SaveIndicator } from "./save-indicator";
import { useAutosave } from "./use-autosave";

export type EditorPerson = { personId: string; name: string | null; partyId: string; partyName: string };
export type EditorOfficial = { id: string; name: string; position: string; institution: string };

type Props = {
  itemId: string;
  version: number;
  draft: RecordDraft;
  final: boolean;
  isMeeting: boolean;
  closedDoor: boolean;
  people: EditorPerson[];
  parties: { id: string; name: string }[];
  officials: EditorOfficial[];
  /** The event's working languages: recommendations are written in the first, with versions in the others side by side. */
  languages: string[];
  initialWarnings: string[];
  signInHref: string;
  /** The bound finalize action, when the record is a draft. */
  finalize?: (state: ActionState, form: FormData) => Promise<ActionState>;
};

/** The rapporteur's editor: texts with a live preview, attendance, meeting details, recommendations; never loses a character. */
export function RecordEditor(props: Props) {
  const t = useTranslations("recordEditor");
  const save = useAutosave(props.itemId, { version: props.version, draft: props.draft, final: props.final });
  const { draft, setDraft } = save;
  const warnings = save.warnings ?? props.initialWarnings;
  const readOnly = save.status === "final" || save.status === "noAccess";
  const byParty = props.parties.map((party) => ({ party, people: props.people.filter((p) => p.partyId === party.id) }));

  return (
    <div className="space-y-6">
      <SaveIndicator
        status={save.status}
        version={save.version}
        savedAt={save.savedAt}
        restored={save.restored}
        signInHref={props.signInHref}
        onRetry={save.retry}
      />
      {save.conflict && <ConflictPanel mine={draft} theirs={save.conflict} onResolve={save.resolveConflict} />}
      {props.closedDoor && (
        <section
          aria-labelledby="attribution-heading"
          className={`rounded border p-3 text-sm ${warnings.length ? "border-warn bg-amber-50" : "border-line bg-white"}`}
        >
          <h2 id="attribution-heading" className="font-semibold">
            {t("closedDoor.heading")}
          </h2>
          <p>{t("closedDoor.rule")}</p>
          {warnings.length > 0 && (
            <p role="alert" className="mt-1 font-medium text-warn">
              {t("closedDoor.namesFound", { names: warnings.join(", ") })}
            </p>
          )}
        </section>
      )}

      <fieldset disabled={readOnly} className="space-y-6">
        <legend className="sr-only">{t("legend")}</legend>
        <MarkdownField
          id="summary"
          label={t("summary")}
          hint={t("markdownHint")}
          value={draft.summary}
          rows={10}
          onChange={(summary) => setDraft((d) => ({ ...d, summary }))}
        />
        <MarkdownField
          id="keyPoints"
          label={t("keyPoints")}
          hint={t("keyPointsHint")}
          value={draft.keyPoints}
          rows={6}
          onChange={(keyPoints) => setDraft((d) => ({ ...d, keyPoints }))}
        />

        {props.isMeeting && (
          <section aria-labelledby="meeting-heading" className="space-y-4 rounded border border-line bg-white p-4">
            <h2 id="meeting-heading" className="text-lg font-semibold">
              {t("meeting.heading")}
            </h2>
            <fieldset>
              <legend className="font-medium">{t("meeting.officials")}</legend>
              {props.officials.length === 0 && <p className="text-sm text-muted">{t("meeting.noOfficials")}</p>}
              <ul className="mt-1 space-y-1">
                {props.officials.map((o) => (
                  <li key={o.id}>
                    <label className="flex items-start gap-2 text-sm">
                      <input
                        type="checkbox"
                        className="mt-1"
                        checked={draft.officials.includes(o.id)}
                        onChange={(e) => setDraft((d) => ({ ...d, officials: toggle(d.officials, o.id, e.target.checked) }))}
                      />
                      <span>
                        {o.name}, {o.position} ({o.institution})
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
            <div className="grid gap-4 md:grid-cols-2">
              {byParty.map(({ party, people }) => (
                <PeopleChecklist
                  key={party.id}
                  legend={t("meeting.spokeFor", { party: party.name })}
                  people={people}
                  chosen={draft.speakers}
                  onChange={(speakers) => setDraft((d) => ({ ...d, speakers }))}
                />
              ))}
            </div>
            <MarkdownField
              id="topics"
              label={t("meeting.topics")}
              hint={t("markdownHint")}
              value={draft.topics}
              rows={5}
              onChange={(topics) => setDraft((d) => ({ ...d, topics }))}
            />
          </section>
        )}

        <section aria-labelledby="attendance-heading" className="space-y-3 rounded border border-line bg-white p-4">
          <h2 id="attendance-heading" className="text-lg font-semibold">
            {t("attendance.heading")}
          </h2>
          <p className="text-sm text-muted">
            {byParty
              .map(({ party, people }) =>
                t("attendance.count", { party: party.name, present: people.filter((p) => draft.attendance.includes(p.personId)).length, total: people.length }),
              )
              .join(" · ")}
          </p>
          <div className="grid gap-4 md:grid-cols-2">
            {byParty.map(({ party, people }) => (
              <PeopleChecklist
                key={party.id}
                legend={t("attendance.party", { party: party.name })}
                people={people}
                chosen={draft.attendance}
                onChange={(attendance) => setDraft((d) => ({ ...d, attendance }))}
                allLabel={t("attendance.all", { party: party.name })}
              />
            ))}
          </div>
        </section>

        <Recommendations draft={draft} setDraft={setDraft} languages={props.languages} />

        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            className="mt-1"
            checked={draft.notForPublication}
            onChange={(e) => setDraft((d) => ({ ...d, notForPublication: e.target.checked }))}
          />
          <span>
            <span className="font-medium">{t("notForPublication")}</span>
            <span className="block text-sm text-muted">{t("notForPublicationHint")}</span>
          </span>
        </label>
      </fieldset>
      {props.finalize && !readOnly && <FinalizeForm action={props.finalize} version={save.version} ready={save.status === "saved" && save.version > 0} />}
    </div>
  );
}

function toggle(list: string[], id: string, on: boolean): string[] {
  return on ? [...new Set([...list, id])] : list.filter((x) => x !== id);
}

function PeopleChecklist({
  legend,
  people,
  chosen,
  onChange,
  allLabel,
}: {
  legend: string;
  people: EditorPerson[];
  chosen: string[];
  onChange: (next: string[]) => void;
  allLabel?: string;
}) {
  const t = useTranslations("recordEditor");
  let unnamed = 0;
  return (
    <fieldset>
      <legend className="font-medium">{legend}</legend>
      {allLabel && people.length > 0 && (
        <button
          type="button"
          className="mt-1 rounded border border-line px-2 py-0.5 text-sm hover:bg-paper"
          onClick={() => onChange([...new Set([...chosen, ...people.map((p) => p.personId)])])}
        >
          {allLabel}
        </button>
      )}
      {people.length === 0 && <p className="text-sm text-muted">{t("attendance.nobody")}</p>}
      <ul className="mt-1 space-y-1">
        {people.map((p) => (
          <li key={p.personId}>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={chosen.includes(p.personId)} onChange={(e) => onChange(toggle(chosen, p.personId, e.target.checked))} />
              {p.name ?? t("attendance.notListed", { n: ++unnamed })}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function Recommendations({
  draft,
  setDraft,
  languages,
}: {
  draft: RecordDraft;
  setDraft: (update: (d: RecordDraft) => RecordDraft) => void;
  languages: string[];
}) {
  const t = useTranslations("recordEditor");
  const themes = useTranslations("themes");
  const names = useTranslations("languages");
  const baseId = useId();
  const [custom, setCustom] = useState<Record<string, boolean>>({});
  const [first, ...others] = languages;
  const update = (key: string, change: Partial<Pick<RecommendationDraft, "theme" | "text" | "translations">>) =>
    setDraft((d) => ({ ...d, recommendations: d.recommendations.map((r) => (r.key === key ? { ...r, ...change } : r)) }));
  const updateVersion = (key: string, language: string, text: string) =>
    setDraft((d) => ({
      ...d,
      recommendations: d.recommendations.map((r) => (r.key === key ? { ...r, translations: { ...r.translations, [language]: { text } } } : r)),
    }));
  return (
    <section aria-labelledby="recommendations-heading" className="space-y-3 rounded border border-line bg-white p-4">
      <h2 id="recommendations-heading" className="text-lg font-semibold">
        {t("recommendations.heading")}
      </h2>
      {others.length > 0 && first && <p className="text-sm text-muted">{t("recommendations.versionsNote", { language: names(first) })}</p>}
      {draft.recommendations.length === 0 && <p className="text-sm text-muted">{t("recommendations.none")}</p>}
      <ol className="space-y-4">
        {draft.recommendations.map((rec, index) => {
          const id = `${baseId}-${rec.key}`;
          const isCustom = custom[rec.key] || !isThemeKey(rec.theme);
          const n = index + 1;
          return (
            <li key={rec.key} className="space-y-2 border-t border-line pt-3 first:border-0 first:pt-0">
              <div className="grid gap-2 sm:grid-cols-2">
                <div>
                  <label htmlFor={`${id}-theme`} className="block text-sm font-medium">
                    {t("recommendations.theme", { n })}
                  </label>
                  <select
                    id={`${id}-theme`}
                    className="mt-1 block w-full rounded border border-line bg-white px-3 py-2"
                    value={isCustom ? "custom" : rec.theme}
                    onChange={(e) => {
                      const custom_ = e.target.value === "custom";
                      setCustom((c) => ({ ...c, [rec.key]: custom_ }));
                      update(rec.key, { theme: custom_ ? "" : e.target.value });
                    }}
                  >
                    {RECOMMENDATION_THEMES.map((key) => (
                      <option key={key} value={key}>
                        {themes(key)}
                      </option>
                    ))}
                    <option value="custom">{t("recommendations.customTheme")}</option>
                  </select>
                </div>
                {isCustom && (
                  <div>
                    <label htmlFor={`${id}-custom`} className="block text-sm font-medium">
                      {t("recommendations.customThemeName", { n })}
                    </label>
                    <input
                      id={`${id}-custom`}
                      className="mt-1 block w-full rounded border border-line bg-white px-3 py-2"
                      value={rec.theme}
                      maxLength={80}
                      onChange={(e) => update(rec.key, { theme: e.target.value })}
                    />
                  </div>
                )}
              </div>
              <div className={others.length > 0 ? "grid items-start gap-3 md:grid-cols-2" : undefined}>
                <div>
                  <label htmlFor={`${id}-text`} className="block text-sm font-medium">
                    {t("recommendations.text", { n })}
                  </label>
                  {others.length > 0 && first && (
                    <p id={`${id}-source`} className="text-xs text-muted">
                      {t("recommendations.sourceLanguage", { language: names(first) })}
                    </p>
                  )}
                  <textarea
                    id={`${id}-text`}
                    rows={3}
                    lang={first}
                    aria-describedby={others.length > 0 && first ? `${id}-source` : undefined}
                    className="mt-1 block w-full rounded border border-line bg-white px-3 py-2"
                    value={rec.text}
                    onChange={(e) => update(rec.key, { text: e.target.value })}
                  />
                </div>
                {others.length > 0 && (
                  // Beside the text: its versions, each labelled with its language and carrying `lang`.
                  <fieldset className="rounded border border-dashed border-line px-3 pb-3">
                    <legend className="px-1 text-sm text-muted">{t("recommendations.versionsOf", { n })}</legend>
                    <div className="space-y-2">
                      {others.map((language) => (
                        <div key={language}>
                          <label htmlFor={`${id}-text-${language}`} className="block text-sm font-medium">
                            {names(language)}
                          </label>
                          <textarea
                            id={`${id}-text-${language}`}
                            rows={3}
                            lang={language}
                            className="mt-1 block w-full rounded border border-line bg-white px-3 py-2"
                            value={rec.translations?.[language]?.text ?? ""}
                            onChange={(e) => updateVersion(rec.key, language, e.target.value)}
                          />
                        </div>
                      ))}
                    </div>
                  </fieldset>
                )}
              </div>
              <button
                type="button"
                className="rounded border border-danger px-2 py-1 text-sm text-danger hover:bg-red-50"
                onClick={() => setDraft((d) => ({ ...d, recommendations: d.recommendations.filter((r) => r.key !== rec.key) }))}
              >
                {t("recommendations.remove", { n })}
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="rounded border border-line bg-white px-3 py-1.5 font-medium hover:bg-paper"
        onClick={() => setDraft((d) => ({ ...d, recommendations: [...d.recommendations, newRecommendation(newKey(), RECOMMENDATION_THEMES[0])] }))}
      >
        {t("recommendations.add")}
      </button>
    </section>
  );
}
