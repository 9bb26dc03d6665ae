import { getTranslations } from "next-intl/server";
import type { Parity } from "@/lib/delegations/parity";

const SECTORS = ["civil_society", "expert", "media", "other"] as const;

/** The sides as equals, in columns: sizes, sectors and speakers, with the differences called out. */
export async function ParityPanel({ parity }: { parity: Parity }) {
  const t = await getTranslations("parity");
  const person = await getTranslations("person");
  const rows: { key: string; label: string; values: (p: Parity["parties"][number]) => string | number }[] = [
    { key: "target", label: t("target"), values: (p) => p.targetSize ?? "—" },
    { key: "confirmed", label: t("confirmed"), values: (p) => p.confirmed },
    { key: "awaiting", label: t("awaiting"), values: (p) => p.awaiting },
    { key: "invited", label: t("invited"), values: (p) => p.invited },
    ...SECTORS.map((s) => ({
      key: s,
      label: t("confirmedInSector", { sector: person(`sectors.${s}`) }),
      values: (p: Parity["parties"][number]) => p.confirmedBySector[s],
    })),
    { key: "speakers", label: t("speakers"), values: (p) => p.speakers },
  ];
  return (
    <section aria-labelledby="parity-heading" className="rounded border border-line bg-white p-4">
      <h2 id="parity-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr>
              <td />
              {parity.parties.map((p) => (
                <th key={p.partyId} scope="col" className="p-2 text-right">
                  {p.partyName}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" className="p-2 font-normal text-muted">
                  {row.label}
                </th>
                {parity.parties.map((p) => (
                  <td key={p.partyId} className="p-2 text-right tabular-nums">
                    {row.values(p)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="mt-2 space-y-1 text-sm" aria-live="polite">
        <li className={parity.balanced.confirmed ? "text-ok" : "text-warn"}>{parity.balanced.confirmed ? t("confirmedBalanced") : t("confirmedUnbalanced")}</li>
        <li className={parity.balanced.speakers ? "text-ok" : "text-warn"}>{parity.balanced.speakers ? t("speakersBalanced") : t("speakersUnbalanced")}</li>
        {parity.parties
          .filter((p) => p.unlistedOnPublicItems > 0)
          .map((p) => (
            <li key={`unlisted-${p.partyId}`} className="text-warn">
              {t("unlistedOnPublicItems", { party: p.partyName, count: p.unlistedOnPublicItems })}
            </li>
          ))}
      </ul>
    </section>
  );
}
