// The contract between server actions and their forms. Messages are catalog keys (translated in
// the form), `values` is what the user typed so a failed submit never loses it.

export type FieldErrors = Record<string, string[] | undefined>;

/** Someone saved in between: what is saved now (already formatted for display) and its version. */
export type Conflict = { version: number; saved: { label: string; value: string }[] };

export type ActionState =
  | { status: "idle" }
  | {
      status: "error";
      message: string;
      /** Values for the message's placeholders (e.g. minutes until a retry). */
      messageValues?: Record<string, string | number>;
      fieldErrors?: FieldErrors;
      values?: Record<string, string | string[]>;
      conflict?: Conflict;
    }
  | { status: "ok"; message?: string; messageValues?: Record<string, string | number> };

export const idle: ActionState = { status: "idle" };

const NEVER_ECHO = /password|^\$ACTION/i;

/** The submitted text fields, to put back in the form (passwords are never echoed). */
export function formValues(form: FormData | undefined | null): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  if (!(form instanceof FormData)) return values;
  for (const key of new Set(form.keys())) {
    if (NEVER_ECHO.test(key)) continue;
    const all = form.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return values;
}

export function failed(message: string, form?: FormData, fieldErrors?: FieldErrors): ActionState {
  return { status: "error", message, fieldErrors, values: form ? formValues(form) : undefined };
}

/** The form an action was given, or an empty one when the call brought none (never a crash). */
export function asForm(form: unknown): FormData {
  return form instanceof FormData ? form : new FormData();
}

/**
 * Plain object from FormData where repeated keys (checkbox groups) become arrays. A call that
 * brought no form at all (a hand-made request to the action) reads as an empty form, so the
 * schema refuses it with its field messages instead of the action crashing.
 */
export function formObject(form: FormData | undefined | null, arrays: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!(form instanceof FormData)) {
    for (const key of arrays) out[key] = [];
    return out;
  }
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    out[key] = arrays.includes(key) ? form.getAll(key) : form.get(key);
  }
  for (const key of arrays) out[key] ??= [];
  return out;
}

/** Outcome of a data-layer write: the reason is a catalog key, field-specific when `field` is set. */
export type WriteResult<T = undefined> = { ok: true; value: T } | { ok: false; reason: string; field?: string };

export const ok = <T>(value: T): WriteResult<T> => ({ ok: true, value });
/** A refusal: assignable to every WriteResult. */
export type WriteRefusal = { ok: false; reason: string; field?: string };
export const refuse = (reason: string, field?: string): WriteRefusal => ({ ok: false, reason, field });
