import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { pageHref, visiblePages } from "@/lib/pagination";

/** Links to the other pages of a long list ("Previous page", 1 2 3 … 35, "Next page"); nothing for one page. */
export async function Pager({ base, page, pages }: { base: string; page: number; pages: number }) {
  if (pages <= 1) return null;
  const t = await getTranslations("eventPages");
  const link = "rounded border border-line bg-white px-3 py-1 hover:bg-paper";
  return (
    <nav aria-label={t("pages")} className="flex flex-wrap items-center gap-2 text-sm">
      {page > 1 && (
        <Link href={pageHref(base, page - 1)} rel="prev" className={link}>
          {t("previous")}
        </Link>
      )}
      <ol className="flex flex-wrap gap-1">
        {visiblePages(page, pages).map((n, i) => (
          <li key={n ?? `gap-${i}`}>
            {n === null ? (
              <span aria-hidden="true" className="px-1">
                …
              </span>
            ) : n === page ? (
              <span aria-current="page" className="rounded border border-ink px-3 py-1 font-semibold">
                <span className="sr-only">{t("page", { page: n })}</span>
                <span aria-hidden="true">{n}</span>
              </span>
            ) : (
              <Link href={pageHref(base, n)} aria-label={t("page", { page: n })} className={link}>
                {n}
              </Link>
            )}
          </li>
        ))}
      </ol>
      {page < pages && (
        <Link href={pageHref(base, page + 1)} rel="next" className={link}>
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
