import { expect, type Page } from "@playwright/test";

/** Signs in through the sign-in page and waits for the console shell. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("navigation", { name: "Console sections" })).toBeVisible();
  await expect(page.getByTestId("current-user-email")).toHaveText(email);
}

/** Signs out from the top bar and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { name: "Sign in to the console" })).toBeVisible();
}
