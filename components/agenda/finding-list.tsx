import { getTranslations } from "next-intl/server";
import type { Finding } from "@/lib/agenda/checks";
import type { OrganizerAgenda } from "@/lib/agenda/organizer-agenda";

/** Check findings in words: errors block saving, warnings are there to be read. */
export async function FindingList({ findings, agenda, parties }: { findings: Finding[]; agenda: OrganizerAgenda; parties: { id: string; name: string }[] }) {
  const t = await getTranslations("checks");
  if (findings.length === 0) return null;
  const titleOf = (id?: string) => agenda.items.find((item) => item.id === id)?.title ?? "";
  const personName = (id?: string) => [...agenda.participants.values()].flatMap((p) => p.people).find((person) => person.personId === id)?.name ?? "";
  return (
    <ul className="mt-1 space-y-1 text-sm">
      {findings.map((finding, index) => (
        <li
          key={`${finding.code}-${finding.otherItemId ?? ""}-${finding.personId ?? ""}-${index}`}
          className={finding.severity === "error" ? "text-danger" : "text-amber-800"}
        >
          <span className="font-semibold">{t(finding.severity)}:</span>{" "}
          {t(finding.code, {
            other: titleOf(finding.otherItemId),
            person: personName(finding.personId),
            party: parties.find((p) => p.id === finding.partyId)?.name ?? "",
          })}
        </li>
      ))}
    </ul>
  );
}
