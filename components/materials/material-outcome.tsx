import { getTranslations } from "next-intl/server";

/** What the last materials form did, read back from the address the route handler sent us to. */
export type MaterialOutcome =
  | { kind: "none" }
  | { kind: "done"; message: "added" | "saved" | "deleted" }
  | { kind: "error"; op: string; field: string | null; message: string; values: Record<string, string>; typed: Record<string, string> };

const DONE = new Set(["added", "saved", "deleted"]);
/** Only these keys are shown: the address is the user's to edit, the messages are ours. */
const MESSAGES = new Set([
  "errors.materialTitleRequired",
  "errors.materialTitleTooLong",
  "errors.materialChooseVisibility",
  "errors.materialLinkInvalid",
  "materials.linkInvalid",
  "materials.tooLarge",
  "materials.wrongType",
  "materials.emptyFile",
  "materials.chooseFile",
  "materials.scanRefused",
  "materials.changedMeanwhile",
  "errors.notFound",
  "errors.form",
]);
const FIELDS = new Set(["title", "visibility", "url", "file"]);
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function materialOutcome(search: Record<string, string | string[] | undefined>): MaterialOutcome {
  const done = first(search.materialDone)?.replace(/^materials\./, "");
  if (done && DONE.has(done)) return { kind: "done", message: done as "added" | "saved" | "deleted" };
  const message = first(search.materialError);
  if (!message || !MESSAGES.has(message)) return { kind: "none" };
  const field = first(search.materialField);
  const number = (name: string) => (/^\d+(\.\d)?$/.test(first(search[name]) ?? "") ? first(search[name])! : "");
  const typed: Record<string, string> = {};
  for (const name of ["title", "visibility", "url", "materialId"]) typed[name] = first(search[name]) ?? "";
  return {
    kind: "error",
    op: first(search.op) ?? "",
    field: field && FIELDS.has(field) ? field : null,
    message,
    values: { size: number("size"), limit: number("limit") },
    typed,
  };
}

export async function MaterialNotice({ outcome, id }: { outcome: Extract<MaterialOutcome, { kind: "error" }>; id: string }) {
  const t = await getTranslations();
  return (
    <p id={id} role="alert" className="text-sm font-medium text-danger">
      {t(outcome.message as "materials.tooLarge", outcome.values)}
    </p>
  );
}
