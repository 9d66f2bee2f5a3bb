import { test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./sign-in";

/** A second browser context signed in as another person, beside the admin's page. Close its context when done. */
export async function signInElsewhere(browser: Browser, email: string, password: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  await signIn(page, email, password);
  return page;
}
