// Node.js side of instrumentation.ts: on the embedded database, open the folder at server start so
// that a second process on it stops at once with a clear message (instead of starting and then
// failing every request), and a new folder is migrated and seeded before the first visitor. While
// the database has no organizer account, prints the one-time link that creates the first one.
import { databaseUrl, EmbeddedDatabaseBusyError, getDb } from "./db/client";

export async function openEmbeddedDatabaseAtStart(): Promise<void> {
  if (databaseUrl()) return;
  try {
    await getDb();
  } catch (error) {
    if (error instanceof EmbeddedDatabaseBusyError) {
      console.error(`Roundtable: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

/**
 * While no organizer account exists (a new database without the demo), prints a one-time link to
 * /setup that creates the first one: a new token at each start (earlier unused ones stop working),
 * valid 24 hours, stored hashed. Silent once an organizer exists. A failure (say, migrations not
 * applied yet) is logged and never stops the server.
 */
export async function announceFirstRunSetup(): Promise<void> {
  try {
    const { firstRunSetupUrl, issueFirstRunToken, SETUP_LINK_HOURS } = await import("./lib/auth/setup-links");
    const issued = await issueFirstRunToken(new Date());
    if (!issued) return;
    console.log(
      [
        "Roundtable: there is no organizer account yet. Open this one-time link to create the first one",
        `(valid ${SETUP_LINK_HOURS} hours, until ${issued.expiresAt.toISOString()}; a new one is printed at each start until then):`,
        "",
        `  ${firstRunSetupUrl(issued.token)}`,
        "",
        'Or run `npm run create-organizer -- --email you@example.org --name "Your Name"`.',
      ].join("\n"),
    );
  } catch (error) {
    console.error("Roundtable: could not check for a first organizer account (are the migrations applied? `npm run db:migrate`).", error);
  }
}
