import { getTranslations } from "next-intl/server";
import type { ListedMaterial } from "@/lib/materials/queries";
import { megabytes } from "@/lib/materials/rules";

/** A small list of materials for delegates and the public: a link each, files with their size. */
export async function MaterialLinks({ materials, label }: { materials: ListedMaterial[] | undefined; label: string }) {
  if (!materials || materials.length === 0) return null;
  const t = await getTranslations("materials");
  return (
    <ul aria-label={label} className="list-disc space-y-1 pl-5 text-sm">
      {materials.map((material) => (
        <li key={material.id}>
          {material.kind === "file" ? (
            <a href={`/api/materials/${material.id}`} className="text-accent underline">
              {material.title}
            </a>
          ) : (
            <a href={material.url ?? "#"} rel="noopener noreferrer nofollow" className="text-accent underline">
              {material.title}
            </a>
          )}
          <span className="text-muted"> · {material.byteSize !== null ? t("size", { size: megabytes(material.byteSize) }) : t("opensLink")}</span>
        </li>
      ))}
    </ul>
  );
}
