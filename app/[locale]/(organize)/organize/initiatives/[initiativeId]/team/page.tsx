import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { requireOrganizer } from "@/lib/auth/viewer";
import { getTeam } from "@/lib/teams/queries";
import { formatDay } from "@/lib/time/format";
import { InviteForm } from "./_components/invite-form";
import { RemoveForm, RevokeForm, RoleForm } from "./_components/member-forms";

export async function generateMetadata({ params }: PageProps<"/[locale]/organize/initiatives/[initiativeId]/team">): Promise<Metadata> {
  const { initiativeId } = await params;
  const team = await getTeam(await requireOrganizer(), initiativeId);
  const t = await getTranslations("team");
  return { title: team ? `${t("title")} · ${team.initiative.name}` : t("title") };
}

/** The organizing team of one initiative: everyone on it reads it; the coordinator changes it. */
export default async function TeamPage({ params }: PageProps<"/[locale]/organize/initiatives/[initiativeId]/team">) {
  const { initiativeId } = await params;
  const viewer = await requireOrganizer();
  const team = await getTeam(viewer, initiativeId);
  if (!team) notFound();
  const t = await getTranslations("team");
  const organize = await getTranslations("organize");
  const roles = await getTranslations("teamRoles");
  const locale = await getLocale();
  const nameOf = (m: { name: string | null; email: string }) => m.name || m.email;
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm text-muted">
          <Link href="/organize" className="underline-offset-4 hover:underline">
            {organize("title")}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{t("heading", { initiative: team.initiative.name })}</h1>
        <p className="mt-1 max-w-prose text-sm text-muted">{t("intro")}</p>
        <p className="mt-1 text-sm">{t("yourRole", { role: roles(team.myRole) })}</p>
      </div>

      <section aria-labelledby="members-heading">
        <h2 id="members-heading" className="text-xl font-semibold">
          {t("members")}
        </h2>
        <ul className="mt-3 divide-y divide-line rounded border border-line bg-white">
          {team.members.map((member) => (
            <li key={member.userId} className="space-y-2 p-4">
              <p>
                <span className="font-medium">{member.name || t("noName")}</span> {member.userId === viewer.userId && t("you")} · {member.email} ·{" "}
                {roles(member.role)} · {t("since")} {formatDay(member.since.toISOString().slice(0, 10), locale)}
              </p>
              {team.canManage && (
                <ClientMessages namespaces={["errors", "team", "teamRoles"]}>
                  <div className="flex flex-wrap items-end gap-4">
                    <RoleForm initiativeId={team.initiative.id} userId={member.userId} name={nameOf(member)} role={member.role} />
                    <RemoveForm initiativeId={team.initiative.id} userId={member.userId} name={nameOf(member)} />
                  </div>
                </ClientMessages>
              )}
            </li>
          ))}
        </ul>
      </section>

      {team.canManage && (
        <>
          <section aria-labelledby="invite-heading" className="max-w-xl space-y-2 rounded border border-line bg-white p-4">
            <h2 id="invite-heading" className="text-xl font-semibold">
              {t("invite")}
            </h2>
            <p className="text-sm text-muted">{t("inviteIntro")}</p>
            <ClientMessages namespaces={["errors", "team", "teamRoles", "teamRoleHints"]}>
              <InviteForm initiativeId={team.initiative.id} />
            </ClientMessages>
          </section>
          <section aria-labelledby="invitations-heading">
            <h2 id="invitations-heading" className="text-xl font-semibold">
              {t("invitations")}
            </h2>
            {team.invitations.length === 0 ? (
              <p className="mt-2 text-muted">{t("noInvitations")}</p>
            ) : (
              <ul className="mt-3 divide-y divide-line rounded border border-line bg-white">
                {team.invitations.map((invitation) => (
                  <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2 p-4">
                    <span>
                      {t("invitationLine", {
                        email: invitation.email,
                        role: roles(invitation.role),
                        date: formatDay(invitation.createdAt.toISOString().slice(0, 10), locale),
                        state: t(`invitationState.${invitation.state}`, { date: formatDay(invitation.expiresAt.toISOString().slice(0, 10), locale) }),
                      })}
                    </span>
                    {invitation.state === "valid" && (
                      <ClientMessages namespaces={["errors", "team"]}>
                        <RevokeForm initiativeId={team.initiative.id} invitationId={invitation.id} email={invitation.email} />
                      </ClientMessages>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
