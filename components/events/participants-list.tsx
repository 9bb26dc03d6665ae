import { getTranslations } from "next-intl/server";

type Participant = { partyName: string; nameLatin: string; nameNative: string; organization: string; position: string; head: boolean };

/** One page of the people listed publicly, under their party's name, in the order given. */
export async function ParticipantsList({ participants }: { participants: Participant[] }) {
  const t = await getTranslations("event");
  const byParty = new Map<string, Participant[]>();
  for (const p of participants) byParty.set(p.partyName, [...(byParty.get(p.partyName) ?? []), p]);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {[...byParty.entries()].map(([partyName, people]) => (
        <section key={partyName} aria-label={partyName} className="rounded border border-line bg-white p-4">
          <h2 className="text-lg font-semibold">{partyName}</h2>
          <ul className="mt-2 space-y-1">
            {people.map((d, i) => (
              <li key={`${i}-${d.nameLatin}`}>
                <span className="font-medium">{d.nameLatin}</span>
                {d.nameNative && d.nameNative !== d.nameLatin && <span className="text-muted"> ({d.nameNative})</span>}
                {d.head && <span className="ml-1 text-sm"> · {t("headOfDelegation")}</span>}
                {(d.position || d.organization) && <span className="block text-sm text-muted">{[d.position, d.organization].filter(Boolean).join(", ")}</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
