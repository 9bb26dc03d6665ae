import { DEMO_DELEGATE, DEMO_ORGANIZER, expect, expectAccessible, signInByRequest, test, uniqueSuffix } from "./fixtures";

test("an organizer signs in through the form, a wrong password is explained, and sign-out works", async ({ page, browser }) => {
  await page.goto("/en/sign-in");
  await expectAccessible(page);

  await page.getByLabel("Email", { exact: true }).fill(DEMO_ORGANIZER.email);
  await page.getByLabel("Password", { exact: true }).fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The email or password is not right" })).toBeVisible();
  await expect(page.getByLabel("Email", { exact: true })).toHaveValue(DEMO_ORGANIZER.email);
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
  await expectAccessible(page);

  await page.getByLabel("Password", { exact: true }).fill(DEMO_ORGANIZER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/organize$/);
  await expect(page.getByRole("heading", { level: 1, name: "Organize" })).toBeVisible();

  // The session cookie as it is now: a copy (another tab, a stolen cookie) must die with sign-out.
  const copied = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/en/organize");
  await expect(page).toHaveURL(/\/en\/sign-in$/);
  const replay = await browser.newContext();
  await replay.addCookies(copied);
  const replayed = await replay.newPage();
  await replayed.goto("/en/organize");
  await expect(replayed).toHaveURL(/\/en\/sign-in$/);
  await replay.close();
});

test("'sign out everywhere' ends the account's sessions on every device", async ({ browser }) => {
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  const [laptopPage, phonePage] = [await laptop.newPage(), await phone.newPage()];
  await signInByRequest(laptopPage, DEMO_DELEGATE);
  await signInByRequest(phonePage, DEMO_DELEGATE);
  await phonePage.goto("/en/my-details");
  await expect(phonePage.getByRole("heading", { level: 1, name: "My details" })).toBeVisible();

  await laptopPage.goto("/en/my-details");
  await laptopPage.getByRole("region", { name: "Your sessions" }).getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptopPage).toHaveURL(/\/en\/sign-in$/);
  await phonePage.goto("/en/my-details");
  await expect(phonePage).toHaveURL(/\/en\/sign-in$/);
  await Promise.all([laptop.close(), phone.close()]);
});

test("after five wrong passwords for an account the form says when to try again", async ({ page }) => {
  const email = `guessed.${uniqueSuffix()}@example.org`;
  await page.goto("/en/sign-in");
  const password = page.getByLabel("Password", { exact: true });
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Email", { exact: true }).fill(email);
    await password.fill(`guess-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    // Answered: the password is never typed back into the form.
    await expect(password).toHaveValue("");
    await expect(page.getByRole("alert").filter({ hasText: "The email or password is not right" })).toBeVisible();
  }
  await page.getByLabel("Password", { exact: true }).fill("guess-5");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Too many wrong passwords for this account. Try again in 15 minutes" })).toBeVisible();
  await expectAccessible(page);
});

test("an anonymous visitor is sent to sign in, and a delegate gets no organizer screen", async ({ page }) => {
  await page.goto("/en/organize/initiatives/new");
  await expect(page).toHaveURL(/\/en\/sign-in$/);

  await signInByRequest(page, DEMO_DELEGATE);
  for (const path of ["/en/organize", "/en/organize/initiatives/new"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
  await expectAccessible(page);
});

test("the interface speaks Russian under /ru", async ({ page }) => {
  await page.goto("/ru/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Вход");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expectAccessible(page);
});
