import { getTranslations } from "next-intl/server";

type Delegate = { partyName: string; nameLatin: string; nameNative: string; organization: string; position: string; head: boolean };

/**
 * Delegations side by side, ordered by party name so neither side is primary by accident. Only
 * names of people who consented to a public listing are passed in; the count includes everyone.
 */
export async function PublicDelegations({ sizes, delegates }: { sizes: { partyName: string; count: number }[]; delegates: Delegate[] }) {
  const t = await getTranslations("event");
  return (
    <div className="mt-3 grid gap-4 md:grid-cols-2">
      {sizes.map(({ partyName, count }) => {
        const listed = delegates.filter((d) => d.partyName === partyName);
        return (
          <section key={partyName} aria-label={partyName} className="rounded border border-line bg-white p-4">
            <h3 className="text-lg font-semibold">{partyName}</h3>
            <p className="text-sm text-muted">{t("delegationSize", { count, listed: listed.length })}</p>
            {listed.length > 0 && (
              <ul className="mt-2 space-y-1">
                {listed.map((d) => (
                  <li key={`${d.nameLatin}-${d.organization}`}>
                    <span className="font-medium">{d.nameLatin}</span>
                    {d.nameNative && d.nameNative !== d.nameLatin && <span className="text-muted"> ({d.nameNative})</span>}
                    {d.head && <span className="ml-1 text-sm"> · {t("headOfDelegation")}</span>}
                    {(d.position || d.organization) && (
                      <span className="block text-sm text-muted">{[d.position, d.organization].filter(Boolean).join(", ")}</span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
