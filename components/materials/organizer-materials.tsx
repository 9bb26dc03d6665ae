import { getTranslations } from "next-intl/server";
import type { OrganizerMaterial } from "@/lib/materials/queries";
import { maxBytesFrom, megabytes } from "@/lib/materials/rules";
import { MaterialNotice, type MaterialOutcome } from "./material-outcome";

const VISIBILITIES = ["public", "delegates", "organizers"] as const;
const control = "mt-1 block w-full rounded border border-line bg-white px-3 py-2 text-base aria-invalid:border-danger";
const button = "rounded border border-line px-3 py-1.5 hover:bg-paper";

/**
 * The materials of an event (itemId null) or of one agenda item, for those who manage them (the
 * team; an item's rapporteur, on the record page): the list, with each
 * material's title and visibility editable and a delete button, and forms to upload a file or add a
 * link. Plain multipart forms to /api/materials: they work without JavaScript; the outcome comes
 * back in the address (`outcome`), its message next to the field, with what was typed.
 */
export async function OrganizerMaterials({
  eventId,
  itemId,
  locale,
  materials,
  outcome,
}: {
  eventId: string;
  itemId: string | null;
  locale: string;
  materials: OrganizerMaterial[];
  outcome: MaterialOutcome;
}) {
  const t = await getTranslations("materials");
  const action = `/api/materials?${new URLSearchParams({ event: eventId, ...(itemId ? { item: itemId } : {}), locale })}`;
  const typed = (op: string, name: string, fallback = "") => (outcome.kind === "error" && outcome.op === op ? (outcome.typed[name] ?? fallback) : fallback);
  const errorFor = (op: string, field: string) => (outcome.kind === "error" && outcome.op === op && outcome.field === field ? outcome : null);
  const formError = (op: string) => (outcome.kind === "error" && outcome.op === op && !outcome.field ? outcome : null);
  /** A refused edit or delete of one material: said beside it, whatever field it concerns. */
  const errorOf = (materialId: string) =>
    outcome.kind === "error" && (outcome.op === "update" || outcome.op === "delete") && outcome.typed.materialId === materialId ? outcome : null;
  const limit = megabytes(maxBytesFrom(process.env));

  return (
    <section id="materials" aria-labelledby="materials-heading" className="scroll-mt-4 rounded border border-line bg-white p-4">
      <h2 id="materials-heading" className="text-lg font-semibold">
        {itemId ? t("heading") : t("eventHeading")}
      </h2>
      <p className="text-sm text-muted">{itemId ? t("hint") : t("eventHint")}</p>
      {outcome.kind === "done" && (
        <p role="status" className="mt-2 text-sm font-medium text-ok">
          {t(outcome.message)}
        </p>
      )}
      {materials.length === 0 ? (
        <p className="mt-2 text-sm">{t("none")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-line text-sm">
          {materials.map((material) => (
            <li key={material.id} className="space-y-2 py-3">
              <p>
                {material.kind === "file" ? (
                  <a href={`/api/materials/${material.id}`} className="font-medium text-accent underline">
                    {material.title}
                  </a>
                ) : (
                  <a href={material.url ?? "#"} rel="noopener noreferrer nofollow" className="font-medium text-accent underline">
                    {material.title}
                  </a>
                )}{" "}
                <span className="text-muted">
                  · {t(`kind_${material.kind}`)}
                  {material.byteSize !== null && ` · ${t("size", { size: megabytes(material.byteSize) })}`} · {t(`visibility_${material.visibility}`)}
                </span>
              </p>
              {errorOf(material.id) && <MaterialNotice outcome={errorOf(material.id)!} id={`material-${material.id}-error`} />}
              <details>
                <summary className="cursor-pointer text-accent">{t("editFor", { title: material.title })}</summary>
                <form action={action} method="post" encType="multipart/form-data" className="mt-2 grid gap-2 sm:grid-cols-[1fr_auto_auto] sm:items-end">
                  <input type="hidden" name="op" value="update" />
                  <input type="hidden" name="materialId" value={material.id} />
                  <input type="hidden" name="version" value={material.version} />
                  <label className="block">
                    <span className="font-medium">{t("titleFor", { title: material.title })}</span>
                    <input name="title" required maxLength={200} defaultValue={material.title} className={control} />
                  </label>
                  <label className="block">
                    <span className="font-medium">{t("visibilityFor", { title: material.title })}</span>
                    <select name="visibility" defaultValue={material.visibility} className={control}>
                      {VISIBILITIES.map((v) => (
                        <option key={v} value={v}>
                          {t(`visibility_${v}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                  <button type="submit" className={button}>
                    {t("save")}
                  </button>
                </form>
              </details>
              <form action={action} method="post" encType="multipart/form-data">
                <input type="hidden" name="op" value="delete" />
                <input type="hidden" name="materialId" value={material.id} />
                <button type="submit" className={button} aria-label={t("deleteNamed", { title: material.title })}>
                  {t("delete")}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}

      <div className="mt-4 grid gap-6 md:grid-cols-2">
        <form action={action} method="post" encType="multipart/form-data" className="space-y-3" aria-labelledby="material-file-heading">
          <h3 id="material-file-heading" className="font-semibold">
            {t("addFileHeading")}
          </h3>
          <input type="hidden" name="op" value="file" />
          {formError("file") && <MaterialNotice outcome={formError("file")!} id="material-file-form-error" />}
          <TitleAndVisibility op="file" typed={typed} errorFor={errorFor} t={t} />
          <label className="block">
            <span className="font-medium">{t("fileLabel")}</span>
            <input
              type="file"
              name="file"
              required
              accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.webp"
              aria-invalid={errorFor("file", "file") ? true : undefined}
              aria-describedby={["material-file-hint", errorFor("file", "file") ? "material-file-error" : null].filter(Boolean).join(" ")}
              className={control}
            />
          </label>
          <p id="material-file-hint" className="text-sm text-muted">
            {t("fileHint", { limit })}
          </p>
          {errorFor("file", "file") && <MaterialNotice outcome={errorFor("file", "file")!} id="material-file-error" />}
          <button type="submit" className={button}>
            {t("upload")}
          </button>
        </form>

        <form action={action} method="post" encType="multipart/form-data" className="space-y-3" aria-labelledby="material-link-heading">
          <h3 id="material-link-heading" className="font-semibold">
            {t("addLinkHeading")}
          </h3>
          <input type="hidden" name="op" value="link" />
          {formError("link") && <MaterialNotice outcome={formError("link")!} id="material-link-form-error" />}
          <TitleAndVisibility op="link" typed={typed} errorFor={errorFor} t={t} />
          <label className="block">
            <span className="font-medium">{t("urlLabel")}</span>
            <input
              type="url"
              name="url"
              required
              maxLength={2000}
              defaultValue={typed("link", "url")}
              aria-invalid={errorFor("link", "url") ? true : undefined}
              aria-describedby={errorFor("link", "url") ? "material-link-url-error" : undefined}
              className={control}
            />
          </label>
          {errorFor("link", "url") && <MaterialNotice outcome={errorFor("link", "url")!} id="material-link-url-error" />}
          <button type="submit" className={button}>
            {t("addLink")}
          </button>
        </form>
      </div>
    </section>
  );
}

function TitleAndVisibility({
  op,
  typed,
  errorFor,
  t,
}: {
  op: "file" | "link";
  typed: (op: string, name: string, fallback?: string) => string;
  errorFor: (op: string, field: string) => Extract<MaterialOutcome, { kind: "error" }> | null;
  t: Awaited<ReturnType<typeof getTranslations<"materials">>>;
}) {
  const titleError = errorFor(op, "title");
  const visibilityError = errorFor(op, "visibility");
  return (
    <>
      <label className="block">
        <span className="font-medium">{t("titleLabel")}</span>
        <input
          name="title"
          required
          maxLength={200}
          defaultValue={typed(op, "title")}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? `material-${op}-title-error` : undefined}
          className={control}
        />
      </label>
      {titleError && <MaterialNotice outcome={titleError} id={`material-${op}-title-error`} />}
      <label className="block">
        <span className="font-medium">{t("visibilityLabel")}</span>
        <select name="visibility" defaultValue={typed(op, "visibility", "delegates")} aria-invalid={visibilityError ? true : undefined} className={control}>
          {VISIBILITIES.map((v) => (
            <option key={v} value={v}>
              {t(`visibility_${v}`)}
            </option>
          ))}
        </select>
      </label>
      {visibilityError && <MaterialNotice outcome={visibilityError} id={`material-${op}-visibility-error`} />}
    </>
  );
}
