import { getTranslations } from "next-intl/server";

/**
 * Each party's delegation side by side, ordered by party name so neither side is primary by
 * accident: how many are coming (listed or not) and how many of them are listed by name.
 */
export async function DelegationSizes({ sizes, listed }: { sizes: { partyName: string; count: number }[]; listed: Map<string, number> }) {
  const t = await getTranslations("event");
  return (
    <div className="mt-3 grid gap-4 md:grid-cols-2">
      {sizes.map(({ partyName, count }) => (
        <section key={partyName} aria-label={partyName} className="rounded border border-line bg-white p-4">
          <h3 className="text-lg font-semibold">{partyName}</h3>
          <p className="text-sm text-muted">{t("delegationSize", { count, listed: listed.get(partyName) ?? 0 })}</p>
        </section>
      ))}
    </div>
  );
}
