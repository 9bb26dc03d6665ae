import { getTranslations } from "next-intl/server";
import { signOutEverywhereAction } from "@/lib/auth/session-actions";
import { SignOutForm } from "./sign-out-form";

/** Ends every session of the account on the server: a lost phone's cookie stops working at once. */
export async function SignOutEverywhere() {
  const t = await getTranslations("signOutEverywhere");
  return (
    <section aria-labelledby="sessions-heading" className="space-y-2 rounded border border-line bg-white p-4">
      <h2 id="sessions-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-muted">{t("intro")}</p>
      <SignOutForm action={signOutEverywhereAction}>
        <button type="submit" className="rounded border border-danger bg-white px-3 py-1 text-danger hover:bg-red-50">
          {t("button")}
        </button>
      </SignOutForm>
    </section>
  );
}
