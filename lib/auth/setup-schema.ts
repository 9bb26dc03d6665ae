// What the organizer setup screens and `npm run create-organizer` accept. Messages are catalog keys
// under `errors.`. Pure: the script imports it too.
import { z } from "zod";
import { optionalText, requiredText } from "@/lib/forms/fields";

/**
 * The password rule every sign-in of this app uses (lib/delegations/schema.ts and
 * lib/invitations/registration-schema.ts): at least 10 characters, at most 200.
 */
export const MIN_PASSWORD_LENGTH = 10;

const email = z
  .string({ error: "required" })
  .trim()
  .toLowerCase()
  .min(1, { error: "required", abort: true })
  .max(254, { error: "tooLong", abort: true })
  .pipe(z.email({ error: "invalidEmail" }));

const password = z
  .string({ error: "required" })
  .min(1, { error: "required", abort: true })
  .max(200, { error: "tooLong", abort: true })
  .min(MIN_PASSWORD_LENGTH, { error: "passwordTooShort" });

const passwordsMatch = (value: { password: string; passwordConfirm: string }, ctx: z.RefinementCtx) => {
  if (value.password !== value.passwordConfirm) ctx.addIssue({ code: "custom", path: ["passwordConfirm"], message: "passwordsDiffer" });
};

/** `npm run create-organizer -- --email … --name …`: the name is needed only for a new account. */
export const organizerAccountInput = z.object({ email, name: optionalText(200) });
export type OrganizerAccountInput = z.input<typeof organizerAccountInput>;

/** The password form of a setup link: typed twice. */
export const newPasswordInput = z.object({ password, passwordConfirm: z.string({ error: "invalid" }).default("") }).superRefine(passwordsMatch);
export type NewPasswordInput = z.output<typeof newPasswordInput>;

/** The first-run form of an empty database: the token printed at server start, and the first organizer. */
export const firstRunInput = z
  .object({
    token: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(100, { error: "setupTokenInvalid" }),
    name: requiredText(200),
    email,
    password,
    passwordConfirm: z.string({ error: "invalid" }).default(""),
  })
  .superRefine(passwordsMatch);
export type FirstRunInput = z.output<typeof firstRunInput>;
