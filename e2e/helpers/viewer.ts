import { expect, type Page } from "@playwright/test";
import { uniqueEmail } from "./accounts";
import { apiSend } from "./servers";

export type Account = { email: string; password: string };

/** A new user with the built-in viewer role, created through the API with the page's admin session. */
export async function createViewer(page: Page, prefix = "viewer"): Promise<Account> {
  const account = { email: uniqueEmail(prefix), password: "viewer-password-123" };
  const response = await apiSend(page, "POST", "/api/v1/users", { ...account, roles: ["viewer"] });
  expect(response.status()).toBe(201);
  return account;
}
