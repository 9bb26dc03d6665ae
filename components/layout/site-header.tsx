import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/[locale]/sign-in/actions";
import { Link } from "@/i18n/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { hasSignOffDuty } from "@/lib/outcomes/sign-off";
import { hasAssignedRecords } from "@/lib/records/queries";
import { LocaleSwitcher } from "./locale-switcher";

export async function SiteHeader() {
  const t = await getTranslations("nav");
  const site = await getTranslations("site");
  const viewer = await getViewer();
  // Organizers always write or check records; a delegate only once they are someone's rapporteur.
  const showRecords = viewer ? viewer.kind === "organizer" || (await hasAssignedRecords(viewer)) : false;
  const showSignOff = viewer?.kind === "delegate" ? await hasSignOffDuty(viewer) : false;
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-accent no-underline">
          {site("name")}
        </Link>
        <nav aria-label={t("main")} className="flex w-full flex-wrap items-center gap-x-4 gap-y-2 text-sm sm:w-auto sm:flex-1">
          <Link href="/" className="underline-offset-4 hover:underline">
            {t("events")}
          </Link>
          {viewer?.kind === "organizer" && (
            <Link href="/organize" className="underline-offset-4 hover:underline">
              {t("organize")}
            </Link>
          )}
          {viewer?.kind === "delegate" && (
            <>
              <Link href="/schedule" className="underline-offset-4 hover:underline">
                {t("mySchedule")}
              </Link>
              <Link href="/participants" className="underline-offset-4 hover:underline">
                {t("participants")}
              </Link>
              <Link href="/session-records" className="underline-offset-4 hover:underline">
                {t("sessionRecords")}
              </Link>
              {showSignOff && (
                <Link href="/sign-off" className="underline-offset-4 hover:underline">
                  {t("signOff")}
                </Link>
              )}
              <Link href="/calendar" className="underline-offset-4 hover:underline">
                {t("calendar")}
              </Link>
              <Link href="/my-details" className="underline-offset-4 hover:underline">
                {t("myDetails")}
              </Link>
            </>
          )}
          {showRecords && (
            <Link href="/records" className="underline-offset-4 hover:underline">
              {t("myRecords")}
            </Link>
          )}
          <span className="flex-1" />
          <LocaleSwitcher label={t("language")} />
          {viewer ? (
            <form action={signOutAction} className="flex items-center gap-2">
              <span className="text-muted" aria-label={t("signedInAs")}>
                {viewer.name ?? viewer.email}
              </span>
              <button type="submit" className="rounded border border-line px-2 py-1 hover:bg-paper">
                {t("signOut")}
              </button>
            </form>
          ) : (
            <Link href="/sign-in" className="rounded border border-line px-2 py-1 hover:bg-paper">
              {t("signIn")}
            </Link>
          )}
        </nav>
      </div>
    </header>
  );
}
