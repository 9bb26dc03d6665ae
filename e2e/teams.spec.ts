import type { Browser } from "@playwright/test";
import { DEMO_ORGANIZER, FOLLOW_UP_EVENT, expect, expectAccessible, mailedLink, signInByRequest, test, uniqueSuffix } from "./fixtures";

// Issue 12: organizer teams per initiative. The coordinator (the demo organizer) invites a
// colleague, who accepts from the mailed link with a password of their own and builds the agenda;
// a rapporteur reaches the records but not the delegations, and loses access once removed.

/** The invited colleague follows the mailed link in a browser of their own and creates their account. */
async function acceptInvitation(browser: Browser, email: string, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(await mailedLink(email, /\/en\/team-invitation\/[A-Za-z0-9_-]{43}$/));
  await expect(page.getByRole("heading", { level: 1, name: "Join the team of Peace Bridge" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Password", { exact: true }).fill(`pw-${email}-long`);
  await page.getByLabel("Password again").fill(`pw-${email}-long`);
  await page.getByRole("button", { name: "Create my account and join" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Organize" })).toBeVisible();
  return { context, page };
}

test("a coordinator invites a colleague who accepts and builds the agenda; a rapporteur cannot open the delegations and loses access when removed", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const id = uniqueSuffix();
  const colleague = { email: `colleague.${id}@example.org`, name: `Colleague ${id}` };
  const rapporteur = { email: `rapporteur.${id}@example.org`, name: `Rapporteur ${id}` };

  await signInByRequest(page, DEMO_ORGANIZER);
  await page.goto("/en/organize");
  await page.getByRole("link", { name: "Team of Peace Bridge" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Team of Peace Bridge" })).toBeVisible();
  await expect(page.getByText("Your role: Coordinator.")).toBeVisible();
  await expectAccessible(page);

  // Bad input is explained next to the field and changes nothing.
  const invite = page.getByRole("region", { name: "Invite a colleague" });
  await invite.getByLabel("Their email").fill(DEMO_ORGANIZER.email);
  await invite.getByRole("button", { name: "Send the invitation" }).click();
  await expect(invite.getByText("This address is already on the team.")).toBeVisible();

  await invite.getByLabel("Their email").fill(colleague.email);
  await invite.getByLabel("Their role").selectOption("organizer");
  await invite.getByRole("button", { name: "Send the invitation" }).click();
  await expect(invite.getByRole("status")).toHaveText("Invitation sent.");
  await page.reload();
  await expect(page.getByRole("region", { name: "Invitations" })).toContainText(`${colleague.email} as Organizer`);

  // The colleague joins and adds an agenda item to the follow-up round table.
  const joined = await acceptInvitation(browser, colleague.email, colleague.name);
  await joined.page.getByRole("link", { name: FOLLOW_UP_EVENT.title }).click();
  await joined.page.getByRole("navigation", { name: "Event sections" }).getByRole("link", { name: "Agenda" }).click();
  await expect(joined.page.getByRole("heading", { level: 2, name: "Add an agenda item" })).toBeVisible();
  const title = `Team-built session ${id}`;
  await joined.page.getByLabel("Title").fill(title);
  await joined.page.getByLabel("Day", { exact: true }).selectOption({ index: 0 });
  await joined.page.getByLabel("Starts at").fill("07:00");
  await joined.page.getByLabel("Ends at").fill("07:30");
  await joined.page.getByRole("button", { name: "Add item" }).click();
  await expect(joined.page.getByRole("status")).toHaveText("Agenda item added.");
  await expect(joined.page.getByText(title).first()).toBeVisible();
  await joined.context.close();

  // A rapporteur: records yes, delegations no.
  await invite.getByLabel("Their email").fill(rapporteur.email);
  await invite.getByLabel("Their role").selectOption("rapporteur");
  await invite.getByRole("button", { name: "Send the invitation" }).click();
  await expect(invite.getByRole("status")).toHaveText("Invitation sent.");
  const writer = await acceptInvitation(browser, rapporteur.email, rapporteur.name);
  await writer.page.getByRole("link", { name: FOLLOW_UP_EVENT.title }).click();
  const sections = writer.page.getByRole("navigation", { name: "Event sections" });
  for (const open of ["Overview", "Records", "Recommendations"]) await expect(sections.getByRole("link", { name: open, exact: true })).toBeVisible();
  for (const closed of ["Agenda", "Delegations", "Crossings", "Outcome", "Outbox"])
    await expect(sections.getByRole("link", { name: closed, exact: true })).toHaveCount(0);
  await expect(writer.page.getByRole("button", { name: "Save status" })).toHaveCount(0);
  const eventUrl = writer.page.url();
  await sections.getByRole("link", { name: "Records" }).click();
  await expect(writer.page.getByRole("heading", { level: 2, name: "Records" })).toBeVisible();
  const recordsUrl = writer.page.url();
  await writer.page.goto(`${eventUrl}/delegations`);
  await expect(writer.page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(writer.page.getByText("@example.org")).toHaveCount(0);

  // Removed: the rapporteur's next request finds nothing.
  await page.reload();
  await page.getByRole("button", { name: `Remove ${rapporteur.name} from the team` }).click();
  await expect(page.getByRole("button", { name: `Remove ${rapporteur.name} from the team` })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Members" })).not.toContainText(rapporteur.email);
  await writer.page.goto(recordsUrl);
  await expect(writer.page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await writer.context.close();

  // The last coordinator cannot remove themselves.
  await page.reload();
  await page.getByRole("button", { name: "Remove Demo Organizer from the team" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The team needs at least one coordinator" })).toBeVisible();
});
