import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { CONSENTS, STATUSES } from "@/lib/delegations/schema";
import { INVITATION_FILTERS, type FilterField, type RosterFilter } from "@/lib/delegations/roster-filter";

/**
 * The roster's filter: a plain GET form, so the address keeps it (a link, a reload, the back button)
 * and it works without JavaScript. A value in the address that is no choice here is said next to
 * its field (and ignored) rather than showing nobody.
 */
export async function RosterFilterForm({
  action,
  filter,
  invalid,
  parties,
  filtered,
  clearHref,
}: {
  action: string;
  filter: RosterFilter;
  invalid: FilterField[];
  parties: { id: string; name: string }[];
  filtered: boolean;
  clearHref: string;
}) {
  const t = await getTranslations("delegations");
  const labels = await getTranslations("person");
  const fields: { name: FilterField; label: string; options: { value: string; label: string }[] }[] = [
    { name: "party", label: t("filterParty"), options: parties.map((party) => ({ value: party.id, label: party.name })) },
    { name: "status", label: t("filterStatus"), options: STATUSES.map((status) => ({ value: status, label: labels(`statuses.${status}`) })) },
    { name: "consent", label: t("filterConsent"), options: CONSENTS.map((consent) => ({ value: consent, label: labels(`consents.${consent}`) })) },
    {
      name: "invitation",
      label: t("filterInvitation"),
      options: INVITATION_FILTERS.map((state) => ({ value: state, label: state === "none" ? t("notInvited") : t(`invitationStates.${state}`) })),
    },
  ];
  return (
    <form method="get" action={action} aria-labelledby="roster-filter-heading" className="rounded border border-line bg-white p-4">
      <h2 id="roster-filter-heading" className="text-lg font-semibold">
        {t("filterTitle")}
      </h2>
      <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {fields.map((field) => {
          const id = `roster-filter-${field.name}`;
          const wrong = invalid.includes(field.name);
          return (
            <div key={field.name} className="min-w-0">
              <label htmlFor={id} className="block text-sm font-medium">
                {field.label}
              </label>
              <select
                id={id}
                name={field.name}
                defaultValue={filter[field.name] ?? ""}
                aria-invalid={wrong ? true : undefined}
                aria-describedby={wrong ? `${id}-error` : undefined}
                className="mt-1 w-full rounded border border-line bg-white px-2 py-2 text-sm"
              >
                <option value="">{t("filterAll")}</option>
                {field.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
              {wrong && (
                <p id={`${id}-error`} className="mt-1 text-sm font-medium text-danger">
                  {t("filterUnknown")}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
        <button type="submit" className="rounded bg-accent px-4 py-2 font-medium text-white hover:bg-accent-strong">
          {t("filterApply")}
        </button>
        {filtered && (
          <Link href={clearHref} className="text-accent underline underline-offset-4">
            {t("filterClear")}
          </Link>
        )}
      </div>
    </form>
  );
}
