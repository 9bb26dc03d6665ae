import { DEMO_DELEGATE, DEMO_ORGANIZER, expect, expectAccessible, signInByRequest, test } from "./fixtures";

test("an organizer signs in through the form, a wrong password is explained, and sign-out works", async ({ page }) => {
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

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/en/organize");
  await expect(page).toHaveURL(/\/en\/sign-in$/);
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
