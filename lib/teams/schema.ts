import { z } from "zod";
import { optionalEmailInput } from "@/lib/delegations/schema";
import { requiredText } from "@/lib/forms/fields";
import { TEAM_ROLES } from "./roles";

export const teamRoleInput = z.object({ role: z.enum(TEAM_ROLES, { error: "required" }) });

/** A coordinator invites a colleague: their address and the role they will have. */
export const teamInvitationInput = z.object({
  email: optionalEmailInput.refine((v) => v !== "", { error: "required" }),
  role: z.enum(TEAM_ROLES, { error: "required" }),
});
export type TeamInvitationInput = z.output<typeof teamInvitationInput>;

/** Accepting with no account yet: the colleague names themselves and sets their own password. */
export const acceptTeamInvitationInput = z
  .object({
    name: requiredText(200),
    password: z.string({ error: "required" }).max(200, { error: "tooLong" }),
    passwordConfirm: z.string({ error: "invalid" }).max(200, { error: "tooLong" }).default(""),
  })
  .superRefine((value, ctx) => {
    if (value.password.length < 10) ctx.addIssue({ code: "custom", path: ["password"], message: "passwordTooShort" });
    if (value.password !== value.passwordConfirm) ctx.addIssue({ code: "custom", path: ["passwordConfirm"], message: "passwordsDiffer" });
  });
export type AcceptTeamInvitationInput = z.output<typeof acceptTeamInvitationInput>;
