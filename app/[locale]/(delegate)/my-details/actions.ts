"use server";

import { revalidatePath } from "next/cache";
import { refreshPublicPages } from "@/lib/cache/public-pages";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireDelegate, type DelegateViewer } from "@/lib/auth/viewer";
import { getMyDetails, updateMyConsent, updateMyNeeds, updateMyProfile } from "@/lib/delegations/for-delegate";
import { CONSENTS, myNeedsInput, myProfileInput } from "@/lib/delegations/schema";
import { failed, failedWrite, formObject, formValues, invalid, type ActionState } from "@/lib/forms/action-state";

const consentInput = z.object({ consent: z.enum(CONSENTS, { error: "chooseConsent" }) });

export async function updateConsentAction(memberId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireDelegate();
  const parsed = consentInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await updateMyConsent(viewer, memberId, parsed.data.consent);
  if (!result.ok) return failed(result.reason, form);
  // Names are resolved at read time everywhere; refresh the pages that show them.
  refreshPublicPages();
  return { status: "ok", message: "myDetails.consentSaved" };
}

export async function updateProfileAction(personId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireDelegate();
  const parsed = myProfileInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await updateMyProfile(viewer, personId, parsed.data);
  if (!result.ok && result.reason === CHANGED_MEANWHILE) return await profileConflict(viewer, personId, form);
  if (!result.ok) return failedWrite(result, form);
  // Names appear on agendas, participant lists and the public page, read live.
  refreshPublicPages();
  return { status: "ok", message: "myDetails.profileSaved" };
}

export async function updateNeedsAction(memberId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireDelegate();
  const parsed = myNeedsInput.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await updateMyNeeds(viewer, memberId, parsed.data);
  if (!result.ok && result.reason === CHANGED_MEANWHILE) return await needsConflict(viewer, memberId, form);
  if (!result.ok) return failedWrite(result, form);
  revalidatePath("/[locale]/my-details", "page");
  return { status: "ok", message: "myDetails.needsSaved" };
}

const CHANGED_MEANWHILE = "myDetails.changedMeanwhile";

// Saved in between (by an organizer, or in another tab): show what is saved now beside what was
// typed; the next save, carrying the new version, is a deliberate choice.
async function profileConflict(viewer: DelegateViewer, personId: string, form: FormData): Promise<ActionState> {
  const profile = (await getMyDetails(viewer))?.profiles.find((p) => p.personId === personId);
  if (!profile) return failed("errors.notFound", form);
  const label = await getTranslations("personForm");
  const person = await getTranslations("person");
  const saved = profile.person;
  return {
    status: "error",
    message: CHANGED_MEANWHILE,
    values: formValues(form),
    conflict: {
      version: saved.version,
      saved: [
        { label: label("nameLatin"), value: saved.nameLatin },
        { label: label("nameNative"), value: saved.nameNative },
        { label: label("organization"), value: saved.organization },
        { label: label("position"), value: saved.position },
        { label: label("sector"), value: person(`sectors.${saved.sector}`) },
        { label: label("phone"), value: saved.phone },
      ],
    },
  };
}

async function needsConflict(viewer: DelegateViewer, memberId: string, form: FormData): Promise<ActionState> {
  const membership = (await getMyDetails(viewer))?.profiles.flatMap((p) => p.memberships).find((m) => m.memberId === memberId);
  if (!membership) return failed("errors.notFound", form);
  const t = await getTranslations("myDetails");
  return {
    status: "error",
    message: CHANGED_MEANWHILE,
    values: formValues(form),
    conflict: {
      version: membership.version,
      saved: [
        { label: t("dietaryLabel"), value: membership.dietaryNeeds },
        { label: t("accessibilityLabel"), value: membership.accessibilityNeeds },
      ],
    },
  };
}
