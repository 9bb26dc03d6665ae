// `npm run create-organizer -- --email a@b.org --name "Full Name"`: an organizer account on a real
// deployment without the demo. Creates the account (no password), or finds the organizer with that
// email, and prints a one-time link, valid 24 hours, where its owner sets the password. Never takes
// a password on the command line (it would stay in the shell history and the process list).
// Uses PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite folder (PGLITE_DIR,
// default .data/pglite), migrating it first so it works on an empty database.
// Run through tsx with `--conditions=react-server` (see package.json): the library it shares with
// the app is marked server-only.
import { parseArgs } from "node:util";
import { closeDb, databaseUrl, EmbeddedDatabaseBusyError, migrateDatabase } from "@/db/client";
import { accountSetupUrl, createOrganizerSetupLink, SETUP_LINK_HOURS } from "@/lib/auth/setup-links";
import { organizerAccountInput } from "@/lib/auth/setup-schema";

process.env.PGLITE_SEED ??= "0"; // an empty embedded folder gets the schema, not the demo

const USAGE = `Usage: npm run create-organizer -- --email <address> --name "<full name>"

Creates an organizer account and prints a one-time link (valid ${SETUP_LINK_HOURS} hours) to set its password.
If an organizer with this email exists, prints a fresh link for it (--name may then be left out).

Options:
  --email <address>   the organizer's email (their sign-in)
  --name <full name>  their name as shown in the app (needed for a new account)
  --help              show this message

Uses DATABASE_URL when set, otherwise the embedded database (PGLITE_DIR, default .data/pglite).
Links point at APP_URL (or AUTH_URL) when set, otherwise http://localhost:${process.env.PORT?.trim() || "3000"}.`;

const FIELD_MESSAGES: Record<string, string> = {
  required: "is required",
  invalidEmail: "is not a valid email address",
  tooLong: "is too long",
};

const BAD_ARGUMENTS = 2;

function printUsage(problem?: string): void {
  if (problem) console.error(`create-organizer: ${problem}\n`);
  console.error(USAGE);
}

function usage(problem?: string): never {
  printUsage(problem);
  process.exit(BAD_ARGUMENTS);
}

function readArguments(): { email: string; name: string } {
  let values: { email?: string; name?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { email: { type: "string" }, name: { type: "string" }, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    usage((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!values.email?.trim()) usage("--email is required.");
  // The shape is checked before the database is opened; whether --name is needed depends on it.
  const parsed = organizerAccountInput.safeParse({ email: values.email, name: values.name ?? "" });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    usage(`--${String(issue?.path[0] ?? "email")} ${FIELD_MESSAGES[issue?.message ?? ""] ?? "is not accepted"}.`);
  }
  return parsed.data;
}

async function main(): Promise<number> {
  const args = readArguments();
  await migrateDatabase();
  const result = await createOrganizerSetupLink(args);
  if (!result.ok) {
    if (result.reason === "delegateAccount") {
      console.error(
        `create-organizer: ${args.email} belongs to a delegate account. An email signs in one account only: ` +
          "use another email for the organizer. Nothing was changed.",
      );
      return 1;
    }
    printUsage(
      result.field === "name" ? "--name is required for a new account." : `--${result.field ?? "email"} ${FIELD_MESSAGES[result.reason] ?? "is not accepted"}.`,
    );
    return BAD_ARGUMENTS;
  }
  const link = result.value;
  const target = databaseUrl() ? "PostgreSQL (DATABASE_URL)" : `the embedded database (${process.env.PGLITE_DIR?.trim() || ".data/pglite"})`;
  console.log(
    link.created
      ? `Created the organizer account ${link.email}${link.name ? ` (${link.name})` : ""} in ${target}.`
      : `${link.email} is already an organizer in ${target}: here is a fresh link (any earlier unused one no longer works).`,
  );
  console.log(`\nOne-time setup link, valid until ${link.expiresAt.toISOString()} (${SETUP_LINK_HOURS} hours):\n\n  ${accountSetupUrl(link.token)}\n`);
  console.log("Give it to the account's owner only: whoever opens it sets the password. It works once; run this command again for a new one.");
  return 0;
}

main()
  .then(async (code) => {
    await closeDb();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    if (error instanceof EmbeddedDatabaseBusyError) console.error(`create-organizer: ${error.message}`);
    else console.error("create-organizer failed:", error);
    await closeDb().catch(() => {});
    process.exit(1);
  });
