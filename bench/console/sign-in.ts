// Signs in once through the real sign-in page; the session cookie is then shared by every browser
// context the benchmark opens (storage state), as e2e/ does per role.
import type { Browser, BrowserContext } from "@playwright/test";

export type SignedIn = { newContext: () => Promise<BrowserContext> };

const VIEWPORT = { width: 1280, height: 800 };

export async function signIn(
  browser: Browser,
  baseURL: string,
  admin: { email: string; password: string },
): Promise<SignedIn> {
  const context = await browser.newContext({ baseURL, viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("navigation", { name: "Console sections" }).waitFor({ timeout: 30_000 });
  const storageState = await context.storageState();
  await context.close();
  return { newContext: () => browser.newContext({ baseURL, viewport: VIEWPORT, storageState }) };
}
