import { getTranslations } from "next-intl/server";
import { canCross, type MemberStatus } from "@/lib/crossings/rules";

type Member = { personId: string; nameLatin: string; status: MemberStatus; head: boolean };

/**
 * The manifest's choices: everyone of the delegation who may cross, plus anyone already on it who
 * has since declined or withdrawn (shown, so the organizer sees them and takes them off).
 */
export async function manifestOptions(members: Member[], onManifest: string[] = []) {
  const person = await getTranslations("person");
  return members
    .filter((m) => canCross(m.status) || onManifest.includes(m.personId))
    .map((m) => ({
      value: m.personId,
      label: `${m.nameLatin}${m.head ? ` (${person("roles.head")})` : ""} · ${person(`statuses.${m.status}`)}`,
    }));
}

export function pointOptions(points: { id: string; name: string }[]) {
  return points.map((p) => ({ value: p.id, label: p.name }));
}
