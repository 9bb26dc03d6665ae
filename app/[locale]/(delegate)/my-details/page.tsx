import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignOutEverywhere } from "@/components/auth/sign-out-everywhere";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requireDelegate } from "@/lib/auth/viewer";
import { getMyDetails } from "@/lib/delegations/for-delegate";
import { ConsentForm } from "./_components/consent-form";
import { NeedsForm } from "./_components/needs-form";
import { ProfileForm } from "./_components/profile-form";
import { YourData } from "./_components/your-data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("myDetails");
  return { title: t("title") };
}

/** What is held about me, and who may see my name: mine to read and to change. */
export default async function MyDetailsPage() {
  const viewer = await requireDelegate();
  const details = await getMyDetails(viewer);
  if (!details) notFound();
  const t = await getTranslations("myDetails");
  const person = await getTranslations("person");
  const several = details.profiles.length > 1;
  return (
    <div className="mx-auto max-w-xl space-y-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {details.profiles.map(({ personId, initiativeName, person: me, memberships }) => (
        <div key={personId} className="space-y-8">
          <section aria-labelledby={`me-heading-${personId}`} className="space-y-3">
            <h2 id={`me-heading-${personId}`} className="text-lg font-semibold">
              {several ? t("profileFor", { initiative: initiativeName }) : t("profile")}
            </h2>
            <p className="text-sm text-muted">{several ? t("privateNoteEach", { initiative: initiativeName }) : t("privateNote")}</p>
            <ClientMessages namespaces={["errors", "myDetails", "personForm", "person"]}>
              <ProfileForm personId={personId} profile={{ ...me, email: me.email ?? "" }} />
            </ClientMessages>
          </section>
          {memberships.map((m) => (
            <section key={m.memberId} aria-labelledby={`membership-${m.memberId}`} className="space-y-3 rounded border border-line bg-white p-4">
              <h2 id={`membership-${m.memberId}`} className="text-lg font-semibold">
                {m.eventTitle}
              </h2>
              <p className="text-sm">{t("membership", { party: m.partyName, role: person(`roles.${m.role}`), status: person(`statuses.${m.status}`) })}</p>
              <ClientMessages namespaces={["errors", "myDetails", "registration"]}>
                <ConsentForm memberId={m.memberId} consent={m.consent} eventTitle={m.eventTitle} />
                <NeedsForm
                  memberId={m.memberId}
                  eventTitle={m.eventTitle}
                  dietaryNeeds={m.dietaryNeeds}
                  accessibilityNeeds={m.accessibilityNeeds}
                  version={m.version}
                />
              </ClientMessages>
            </section>
          ))}
        </div>
      ))}
      <YourData viewer={viewer} />
      <SignOutEverywhere />
    </div>
  );
}
