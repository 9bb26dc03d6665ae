// An organizer sees why a message failed and sends it again from the Outbox (issue 14 point 2).
// The failure is written straight into the suite's database (a mail server that refuses for half
// an hour is not something a test can wait for), so this needs the suite on PostgreSQL
// (DATABASE_URL); on the embedded database, which only its server may open, it says so and is skipped.
import postgres from "postgres";
import { DEMO_ORGANIZER, expect, expectAccessible, FOLLOW_UP_EVENT, mailedSubjects, signInByRequest, suiteDatabaseUrl, test, uniqueSuffix } from "./fixtures";

test("a failed message shows its reason and tries, and Retry sends it", async ({ page }) => {
  const databaseUrl = suiteDatabaseUrl();
  // CI runs the suite on PostgreSQL: there, a missing database is a failure, never a skip.
  if (process.env.CI) expect(databaseUrl, "CI runs the suite on PostgreSQL").toBeTruthy();
  test.skip(!databaseUrl, "needs the suite on PostgreSQL (DATABASE_URL)");
  const sql = postgres(databaseUrl!, { max: 1, onnotice: () => {} });
  const to = `retry-${uniqueSuffix()}@example.org`;
  const subject = `Programme update ${uniqueSuffix()}`;
  let eventId: string;
  try {
    const [event] = await sql<{ id: string }[]>`select id from events where title = ${FOLLOW_UP_EVENT.title}`;
    eventId = event!.id;
    await sql`insert into mail_outbox (event_id, kind, to_address, subject, body, status, error, attempts)
              values (${eventId}, 'agenda-change', ${to}, ${subject}, 'The programme changed.', 'failed', '550 mailbox unavailable', 6)`;
  } finally {
    await sql.end();
  }

  await signInByRequest(page, DEMO_ORGANIZER);
  await page.goto(`/en/organize/events/${eventId}/outbox`);
  await expect(page.getByRole("heading", { name: "Outbox" })).toBeVisible();
  const message = page.getByRole("listitem").filter({ hasText: subject });
  await expect(message).toContainText("failed · 6 tries · 550 mailbox unavailable");
  await expectAccessible(page);

  await message.getByRole("button", { name: `Retry “${subject}” to ${to}` }).click();
  // No mail server in the suite: delivered means written to the mail folder.
  await expect.poll(() => mailedSubjects(to), { timeout: 10_000 }).toEqual([subject]);
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("listitem").filter({ hasText: subject })).toContainText("not sent (no mail server): in the server's mail folder · 1 try");
  }).toPass({ timeout: 10_000 });
  await expect(
    page
      .getByRole("listitem")
      .filter({ hasText: subject })
      .getByRole("button", { name: /^Retry/ }),
  ).toHaveCount(0);
});
