"use client";

import { useTranslations } from "next-intl";
import { signOutAction } from "@/lib/auth/session-actions";
import { Link } from "@/i18n/navigation";
import type { ViewerNav } from "@/lib/auth/viewer-nav";
import { SignOutForm } from "@/components/auth/sign-out-form";
import { LocaleSwitcher } from "./locale-switcher";

type NavKey = "organize" | "mySchedule" | "participants" | "sessionRecords" | "signOff" | "calendar" | "myDetails" | "myRecords";

/** The screens of whoever is signed in, in header order. */
function screens(nav: ViewerNav | null): { href: string; key: NavKey }[] {
  if (!nav) return [];
  const own: { href: string; key: NavKey; shown: boolean }[] = [
    { href: "/organize", key: "organize", shown: nav.kind === "organizer" },
    { href: "/schedule", key: "mySchedule", shown: nav.kind === "delegate" },
    { href: "/participants", key: "participants", shown: nav.kind === "delegate" },
    { href: "/session-records", key: "sessionRecords", shown: nav.kind === "delegate" },
    { href: "/sign-off", key: "signOff", shown: nav.kind === "delegate" && nav.signOff },
    { href: "/calendar", key: "calendar", shown: nav.kind === "delegate" },
    { href: "/my-details", key: "myDetails", shown: nav.kind === "delegate" },
    { href: "/records", key: "myRecords", shown: nav.records },
  ];
  return own.filter((screen) => screen.shown);
}

/** The header's links for whoever is signed in, the language switcher, and sign-in or sign-out. */
export function ViewerLinks({ nav }: { nav: ViewerNav | null }) {
  const t = useTranslations("nav");
  return (
    <>
      {screens(nav).map(({ href, key }) => (
        <Link key={key} href={href} className="underline-offset-4 hover:underline">
          {t(key)}
        </Link>
      ))}
      <span className="flex-1" />
      <LocaleSwitcher label={t("language")} />
      {nav ? (
        <SignOutForm action={signOutAction} className="flex items-center gap-2">
          <span className="text-muted" aria-label={t("signedInAs")}>
            {nav.label}
          </span>
          <button type="submit" className="rounded border border-line px-2 py-1 hover:bg-paper">
            {t("signOut")}
          </button>
        </SignOutForm>
      ) : (
        <Link href="/sign-in" className="rounded border border-line px-2 py-1 hover:bg-paper">
          {t("signIn")}
        </Link>
      )}
    </>
  );
}
