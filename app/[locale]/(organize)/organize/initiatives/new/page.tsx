import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/viewer";
import { InitiativeForm } from "./_components/initiative-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("initiativeForm");
  return { title: t("title") };
}

export default async function NewInitiativePage() {
  await requireOrganizer();
  const t = await getTranslations("initiativeForm");
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("intro")}</p>
      <InitiativeForm />
    </div>
  );
}
