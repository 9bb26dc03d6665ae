"use client";

// Labelled form controls that show the server's message next to the field and put back what the
// user typed after a failed submit (React resets uncontrolled forms to their defaultValue).
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";
import type { ActionState } from "@/lib/forms/action-state";

type Common = { name: string; label: string; state: ActionState; hint?: string; required?: boolean };

function fieldError(state: ActionState, name: string): string | undefined {
  return state.status === "error" ? state.fieldErrors?.[name]?.[0] : undefined;
}

export function typedValue(state: ActionState, name: string, fallback = ""): string {
  if (state.status !== "error" || !state.values) return fallback;
  const value = state.values[name];
  return Array.isArray(value) ? (value[0] ?? fallback) : (value ?? fallback);
}

export function typedValues(state: ActionState, name: string, fallback: string[]): string[] {
  if (state.status !== "error" || !state.values) return fallback;
  const value = state.values[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function Message({ id, code }: { id: string; code: string | undefined }) {
  const t = useTranslations("errors");
  if (!code) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-danger">
      {t.has(code) ? t(code) : t("invalid")}
    </p>
  );
}

function Hint({ id, text }: { id: string; text?: string }) {
  return text ? (
    <p id={id} className="mt-1 text-sm text-muted">
      {text}
    </p>
  ) : null;
}

const control =
  "mt-1 block w-full rounded border border-line bg-white px-3 py-2 text-base aria-invalid:border-danger aria-invalid:ring-1 aria-invalid:ring-danger";

function describedBy(name: string, error?: string, hint?: string) {
  return [error ? `${name}-error` : null, hint ? `${name}-hint` : null].filter(Boolean).join(" ") || undefined;
}

export function TextField({
  name,
  label,
  state,
  hint,
  required,
  defaultValue = "",
  type = "text",
  autoComplete,
  list,
  id = name,
  lang,
}: Common & { defaultValue?: string; type?: string; autoComplete?: string; list?: string; id?: string; lang?: string }) {
  const error = fieldError(state, name);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        required={required}
        autoComplete={autoComplete}
        list={list}
        lang={lang}
        defaultValue={type === "password" ? undefined : typedValue(state, name, defaultValue)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={control}
      />
      <Hint id={`${id}-hint`} text={hint} />
      <Message id={`${id}-error`} code={error} />
    </div>
  );
}

export function TextAreaField({
  name,
  label,
  state,
  hint,
  required,
  defaultValue = "",
  rows = 4,
  id = name,
  lang,
}: Omit<Common, "label"> & { label: ReactNode; defaultValue?: string; rows?: number; id?: string; lang?: string }) {
  const error = fieldError(state, name);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        lang={lang}
        required={required}
        defaultValue={typedValue(state, name, defaultValue)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={control}
      />
      <Hint id={`${id}-hint`} text={hint} />
      <Message id={`${id}-error`} code={error} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  state,
  hint,
  required,
  options,
  defaultValue = "",
  placeholder,
  id = name,
}: Common & { options: { value: string; label: string }[]; defaultValue?: string; placeholder?: string; id?: string }) {
  const error = fieldError(state, name);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        required={required}
        // key: a select only takes defaultValue on mount; remount it to restore what was chosen.
        key={typedValue(state, name, defaultValue)}
        defaultValue={typedValue(state, name, defaultValue)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={control}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Hint id={`${id}-hint`} text={hint} />
      <Message id={`${id}-error`} code={error} />
    </div>
  );
}

export function CheckboxField({
  name,
  label,
  state,
  hint,
  defaultChecked = false,
  disabled = false,
}: Common & { defaultChecked?: boolean; /** Shown but not to be taken: the hint says why. */ disabled?: boolean }) {
  const error = fieldError(state, name);
  const checked = state.status === "error" && state.values ? state.values[name] === "on" : defaultChecked;
  return (
    <div>
      <div className="flex items-center gap-2">
        <input
          id={name}
          name={name}
          type="checkbox"
          key={String(checked)}
          defaultChecked={checked && !disabled}
          disabled={disabled}
          aria-describedby={describedBy(name, error, hint)}
          className="h-5 w-5"
        />
        <label htmlFor={name} className="text-sm font-medium">
          {label}
        </label>
      </div>
      <Hint id={`${name}-hint`} text={hint} />
      <Message id={`${name}-error`} code={error} />
    </div>
  );
}

export function CheckboxGroup({
  name,
  legend,
  state,
  options,
  defaultValues,
}: {
  name: string;
  legend: string;
  state: ActionState;
  options: { value: string; label: string }[];
  defaultValues: string[];
}) {
  const error = fieldError(state, name);
  const chosen = typedValues(state, name, defaultValues);
  return (
    <fieldset aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-4">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              key={`${o.value}-${chosen.includes(o.value)}`}
              defaultChecked={chosen.includes(o.value)}
              className="h-5 w-5"
            />
            {o.label}
          </label>
        ))}
      </div>
      <Message id={`${name}-error`} code={error} />
    </fieldset>
  );
}

/** The form-level message: an error summary or a success note, announced to screen readers. */
export function FormStatus({ state }: { state: ActionState }) {
  const t = useTranslations();
  if (state.status === "idle") return null;
  const values = state.messageValues;
  const text = state.message ? (t.has(state.message) ? t(state.message, values) : state.message) : null;
  if (!text) return null;
  return (
    <p
      role={state.status === "error" ? "alert" : "status"}
      className={state.status === "error" ? "rounded bg-red-50 p-3 text-danger" : "rounded bg-green-50 p-3 text-ok"}
    >
      {text}
    </p>
  );
}

export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
}: {
  children: React.ReactNode;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const { pending } = useFormStatus();
  const styles = {
    primary: "bg-accent text-white hover:bg-accent-strong",
    secondary: "border border-line bg-white hover:bg-paper",
    danger: "border border-danger bg-white text-danger hover:bg-red-50",
  }[variant];
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`rounded px-4 py-2 font-medium disabled:opacity-60 ${styles}`}>
      {pending ? pendingLabel : children}
    </button>
  );
}

/** One choice among a few, each with a line of explanation (e.g. listing consent). */
export function RadioGroup({
  name,
  legend,
  state,
  options,
  defaultValue = "",
  hint,
}: {
  name: string;
  /** A node where part of it is in another language (content shown in a fallback language, with its own lang). */
  legend: ReactNode;
  state: ActionState;
  options: { value: string; label: ReactNode; description?: string }[];
  defaultValue?: string;
  hint?: string;
}) {
  const error = fieldError(state, name);
  const chosen = typedValue(state, name, defaultValue);
  return (
    <fieldset aria-describedby={describedBy(name, error, hint)} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      <Hint id={`${name}-hint`} text={hint} />
      <div className="mt-2 space-y-2">
        {options.map((o) => (
          <label
            key={o.value}
            className="flex gap-3 rounded border border-line bg-white p-3 has-[:checked]:border-accent has-[:checked]:ring-1 has-[:checked]:ring-accent"
          >
            <input
              type="radio"
              name={name}
              value={o.value}
              key={`${o.value}-${chosen === o.value}`}
              defaultChecked={chosen === o.value}
              className="mt-1 h-5 w-5 shrink-0"
            />
            <span>
              <span className="block font-medium">{o.label}</span>
              {o.description && <span className="block text-sm text-muted">{o.description}</span>}
            </span>
          </label>
        ))}
      </div>
      <Message id={`${name}-error`} code={error} />
    </fieldset>
  );
}
