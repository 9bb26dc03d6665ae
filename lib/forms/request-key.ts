import "server-only";
import { createHash } from "node:crypto";
import { asForm } from "./action-state";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The create key of a submission (lib/forms/create-once.ts): the key the form carried (a fresh one
 * per form shown) joined with what was submitted. A double click, a retry or a replay sends the
 * same form with the same fields: one key, one row. But a form keeps its key until the page's
 * refresh arrives, and someone quick types the next item and sends it before then: different
 * fields, so a different key, and that item is made instead of being taken for a repeat of the
 * one before. Undefined when the form carried no key (or not one we gave out).
 */
export function requestKeyOf(form: unknown): string | undefined {
  const submitted = asForm(form);
  const formKey = submitted.get("requestKey");
  if (typeof formKey !== "string" || !UUID.test(formKey)) return undefined;
  const hash = createHash("sha256")
    .update(formKey.toLowerCase())
    .update("\n")
    .update(JSON.stringify(fieldsOf(submitted)))
    .digest("hex");
  return `${hash.slice(0, 8)}-${hash.slice(8, 12)}-${hash.slice(12, 16)}-${hash.slice(16, 20)}-${hash.slice(20, 32)}`;
}

/** The submitted fields in a fixed order (by name, values in the order sent); files by name, size and type. */
function fieldsOf(form: FormData): [string, string][] {
  const fields: [string, string][] = [];
  for (const [name, value] of form.entries()) {
    if (name === "requestKey" || name.startsWith("$ACTION")) continue;
    fields.push([name, typeof value === "string" ? value : `file:${value.name}:${value.size}:${value.type}`]);
  }
  // A stable sort: the values of one name (a selection of people) keep the order they were sent in.
  return fields.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
