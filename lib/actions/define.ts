import "server-only";
import { redirect, unstable_rethrow } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import type { Locale } from "@/i18n/routing";
import { asForm, failed, formObject, type ActionState, type FieldErrors, type WriteRefusal } from "@/lib/forms/action-state";
import { admit, leadingArguments, type Access, type AccessKind, type ScopeFor, type ViewerFor } from "./access";
import { fieldsWithControlCharacters } from "./form-text";
import { markCachedViewsChanged } from "@/lib/cache/cached-view-generation";
import { applyRefresh, type Refresh } from "./refresh";

// The one way a server action is written. An action declares who may call it, what its bound
// arguments and form are (zod), what it does, and which screens its success changes; the pipeline
// owns the rest, in this order:
//   1. who is asking (sign-in redirect, 404, or "not found" outside the team's scope), before any
//      input is read;
//   2. the bound arguments (ids from the page, which come back from the browser: parsed, never trusted);
//   3. the form: control characters refused next to their field, then the zod schema, whose
//      messages are catalog keys, with what was typed echoed back;
//   4. the body; a refusal from the data layer ({ ok: false, reason, field }) becomes the form's
//      state, a thrown error a clear "try again" with the input kept (never a 500);
//   5. on success, the declared refreshes, then the state or the redirect (`goTo`).
// Every export of a "use server" file is a public endpoint: a malformed call (no form, a string for
// a form, ids that are not ids) gets a refusal like any other.

const GO_TO = Symbol("goTo");

/** Where an action ends when it ends on another page (after its refreshes). */
export type GoTo = { readonly [GO_TO]: string };
export const goTo = (path: string): GoTo => ({ [GO_TO]: path });

/** A success, with the catalog key of what to say (and the values of its placeholders, e.g. counts). */
export const done = (message?: string, messageValues?: Record<string, string | number>): ActionState =>
  message ? (messageValues ? { status: "ok", message, messageValues } : { status: "ok", message }) : { status: "ok" };

/** What the data layer answers when it refuses. */
type Refusal = WriteRefusal;

type Schemas = readonly z.ZodType[];
type Parsed<A extends Schemas> = { -readonly [K in keyof A]: z.output<A[K]> };
type Bound<A extends Schemas> = { -readonly [K in keyof A]: z.input<A[K]> };
type Lead<K extends AccessKind> = K extends "event" | "initiative" ? [scopeId: string] : [];

export type ActionBody<K extends AccessKind, A extends Schemas, I> = {
  viewer: ViewerFor<K>;
  /** The bound arguments after the scope's id, parsed. */
  args: Parsed<A>;
  /** The form, parsed by `input` (undefined when the action reads no form). */
  input: I;
  /** The form as sent (for fields the schema does not name, e.g. one per recommendation). */
  form: FormData;
  locale: Locale;
} & ScopeFor<K>;

type Spec<K extends AccessKind, A extends Schemas, I, S> = {
  access: Extract<Access, { who: K }>;
  /** Schemas of the bound arguments that follow the scope's id. */
  args?: A;
  /** What to say when a bound argument is malformed (default: not found, like an id that does not exist). */
  argsRefusal?: string;
  /** The form's schema; its messages are catalog keys. */
  input?: z.ZodType<I>;
  /** Form fields that may repeat (checkbox groups): always arrays. */
  arrays?: readonly string[];
  /** What a success changes; a function of the state when only some successes change something. */
  refresh?: readonly Refresh[] | ((state: S) => readonly Refresh[]);
  /** A refusal of the form that deserves its own message (return undefined for the usual one). */
  onInvalid?: (error: z.ZodError, form: FormData) => S | undefined;
  run: (body: ActionBody<K, A, I>) => Promise<NoInfer<S> | GoTo | Refusal>;
} & (ActionState extends S
  ? { refusal?: (message: string, form: FormData, fieldErrors?: FieldErrors) => S }
  : { refusal: (message: string, form: FormData, fieldErrors?: FieldErrors) => S });

/** An action used with useActionState: (…bound, previous state, form) → the next state. */
export type StateAction<K extends AccessKind, A extends Schemas, S> = (...call: [...Lead<K>, ...Bound<A>, previous?: S, form?: FormData]) => Promise<S>;
/** An action used as a plain <form action>: (…bound, form) → nothing to show. */
export type FormAction<K extends AccessKind, A extends Schemas> = (...call: [...Lead<K>, ...Bound<A>, form?: FormData]) => Promise<void>;

/** What the pipeline knows of an action: the authorization and malformed-call tests read it. */
export type ActionDeclaration = { access: Access; boundArguments: number; answers: "state" | "nothing" };
const DECLARATION = Symbol.for("roundtable.action");

export function declarationOf(fn: unknown): ActionDeclaration | undefined {
  return typeof fn === "function" ? (fn as unknown as Record<symbol, ActionDeclaration | undefined>)[DECLARATION] : undefined;
}

export function defineAction<K extends AccessKind, const A extends Schemas = [], I = undefined, S = ActionState>(spec: Spec<K, A, I, S>): StateAction<K, A, S> {
  return pipeline(spec) as StateAction<K, A, S>;
}

export function defineFormAction<K extends AccessKind, const A extends Schemas = [], I = undefined>(spec: Spec<K, A, I, ActionState>): FormAction<K, A> {
  const run = pipeline(spec);
  const action = async (...call: unknown[]): Promise<void> => {
    await run(...call);
  };
  Object.defineProperty(action, DECLARATION, { value: { ...declarationOf(run)!, answers: "nothing" } });
  return action as FormAction<K, A>;
}

function pipeline<K extends AccessKind, A extends Schemas, I, S>(spec: Spec<K, A, I, S>): (...call: unknown[]) => Promise<S> {
  const lead = leadingArguments(spec.access);
  const argSchemas: Schemas = spec.args ?? [];
  const boundArguments = lead + argSchemas.length;
  const refuse = (spec.refusal ?? failed) as (message: string, form: FormData, fieldErrors?: FieldErrors) => S;

  const action = async (...call: unknown[]): Promise<S> => {
    // After the bound arguments: (previous state, form) from useActionState, (form) from a plain
    // form, or anything at all from a hand-made request.
    const form = asForm(call.slice(boundArguments).find((value) => value instanceof FormData));

    const admission = await admit(spec.access, call[0]);
    if ("refused" in admission) return refuse(admission.refused, form);

    const args: unknown[] = [];
    for (const [index, schema] of argSchemas.entries()) {
      const parsed = schema.safeParse(call[lead + index]);
      if (!parsed.success) return refuse(spec.argsRefusal ?? "errors.notFound", form);
      args.push(parsed.data);
    }

    const unreadable = fieldsWithControlCharacters(form);
    if (unreadable.length > 0) return refuse("errors.form", form, Object.fromEntries(unreadable.map((field) => [field, ["controlCharacters"]])));

    let input: unknown = undefined;
    if (spec.input) {
      const parsed = spec.input.safeParse(formObject(form, spec.arrays));
      if (!parsed.success) return spec.onInvalid?.(parsed.error, form) ?? refuse("errors.form", form, z.flattenError(parsed.error).fieldErrors);
      input = parsed.data;
    }

    let outcome: S | GoTo | Refusal;
    try {
      const body = { viewer: admission.viewer, ...admission.scope, args, input, form, locale: (await getLocale()) as Locale };
      outcome = await spec.run(body as unknown as ActionBody<K, A, I>);
    } catch (error) {
      // Redirects and 404s thrown on purpose go on; anything else is a fault, said plainly.
      unstable_rethrow(error);
      console.error("A server action failed:", error);
      return refuse("errors.unexpected", form);
    } finally {
      // Whatever the body wrote has committed (or rolled back): personal pages in the cache (a
      // delegate's schedule) are rendered anew on their next request, on every server.
      await markCachedViewsChanged();
    }

    if (isGoTo(outcome)) {
      applyRefresh(refreshesFor(spec, undefined));
      redirect(outcome[GO_TO]);
    }
    if (isRefusal(outcome)) return outcome.field ? refuse("errors.form", form, { [outcome.field]: [outcome.reason] }) : refuse(outcome.reason, form);
    if (succeeded(outcome)) applyRefresh(refreshesFor(spec, outcome));
    return outcome;
  };

  const declaration: ActionDeclaration = { access: spec.access, boundArguments, answers: "state" };
  Object.defineProperty(action, DECLARATION, { value: declaration });
  return action;
}

function refreshesFor<S>(spec: { refresh?: readonly Refresh[] | ((state: S) => readonly Refresh[]) }, state: S | undefined): readonly Refresh[] {
  if (!spec.refresh) return [];
  if (typeof spec.refresh !== "function") return spec.refresh;
  return state === undefined ? [] : spec.refresh(state);
}

function isGoTo(value: unknown): value is GoTo {
  return typeof value === "object" && value !== null && GO_TO in value;
}

function isRefusal(value: unknown): value is Refusal {
  return typeof value === "object" && value !== null && (value as { ok?: unknown }).ok === false;
}

function succeeded(state: unknown): boolean {
  const status = (state as { status?: unknown } | null)?.status;
  return status !== "error" && status !== "idle";
}
