"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { id } from "@/lib/actions/bound";
import { defineAction, done } from "@/lib/actions/define";
import { page, PUBLIC_PAGES } from "@/lib/actions/refresh";
import type { DelegateViewer } from "@/lib/auth/viewer";
import { getMyDetails, updateMyConsent, updateMyNeeds, updateMyProfile } from "@/lib/delegations/for-delegate";
import { CONSENTS, myNeedsInput, myProfileInput } from "@/lib/delegations/schema";
import { failed, formValues, refuse, type ActionState } from "@/lib/forms/action-state";

const consentInput = z.object({ consent: z.enum(CONSENTS, { error: "chooseConsent" }) });

export const updateConsentAction = defineAction({
  access: { who: "delegate" },
  args: [id],
  input: consentInput,
  // Names are resolved at read time everywhere: a withdrawn consent leaves the public pages at once.
  refresh: [PUBLIC_PAGES],
  run: async ({ viewer, args: [memberId], input }) => {
    const result = await updateMyConsent(viewer, memberId, input.consent);
    return result.ok ? done("myDetails.consentSaved") : refuse(result.reason);
  },
});

export const updateProfileAction = defineAction({
  access: { who: "delegate" },
  args: [id],
  input: myProfileInput,
  // Names appear on agendas, participant lists and the public page, read live.
  refresh: [PUBLIC_PAGES],
  run: async ({ viewer, args: [personId], input, form }) => {
    const result = await updateMyProfile(viewer, personId, input);
    if (!result.ok && result.reason === CHANGED_MEANWHILE) return await profileConflict(viewer, personId, form);
    return result.ok ? done("myDetails.profileSaved") : result;
  },
});

export const updateNeedsAction = defineAction({
  access: { who: "delegate" },
  args: [id],
  input: myNeedsInput,
  refresh: [page("/[locale]/my-details")],
  run: async ({ viewer, args: [memberId], input, form }) => {
    const result = await updateMyNeeds(viewer, memberId, input);
    if (!result.ok && result.reason === CHANGED_MEANWHILE) return await needsConflict(viewer, memberId, form);
    return result.ok ? done("myDetails.needsSaved") : result;
  },
});

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
