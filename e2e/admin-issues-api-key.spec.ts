import { expect, test } from "@playwright/test";
import { ADMIN } from "./helpers/accounts";
import { saveScreenshot } from "./helpers/screenshot";
import { signIn } from "./helpers/sign-in";

test("an admin reviews roles, issues an API key, sees its secret once and revokes it", async ({ page }) => {
  const keyName = `agent-${Date.now().toString(36)}`;
  await signIn(page, ADMIN.email, ADMIN.password);

  await test.step("roles are listed; built-in ones cannot be deleted", async () => {
    await page.getByRole("link", { name: "Roles" }).click();
    const viewer = page
      .getByRole("row")
      .filter({ has: page.getByRole("link", { name: "viewer", exact: true }) });
    await expect(viewer).toContainText("Built-in");
    await expect(viewer).toContainText("3 capabilities");
    await expect(viewer.getByRole("button", { name: /delete/i })).toHaveCount(0);
    await saveScreenshot(page, "10-roles");
  });

  await test.step("admin creates a key and sees the secret once", async () => {
    await page.getByRole("link", { name: "API keys" }).click();
    await page.getByRole("button", { name: "New key" }).click();
    const form = page.getByRole("dialog", { name: "New API key" });
    await form.getByLabel("Name").fill(keyName);
    await form.getByRole("checkbox", { name: /^service\b/ }).check();
    await form.getByLabel("Rate limit (per minute)").fill("120");
    await saveScreenshot(page, "11-new-key-dialog");
    await form.getByRole("button", { name: "Create key" }).click();

    const created = page.getByRole("dialog", { name: `Key “${keyName}” created` });
    await expect(created).toContainText("shown only once");
    await expect(created.getByTestId("secret-value")).toHaveText(/^ghk_\S{20,}$/);
    await expect(created.getByRole("button", { name: "Copy" })).toBeVisible();
    await saveScreenshot(page, "12-key-secret");
    await created.getByRole("button", { name: "Done" }).click();
    await expect(created).toBeHidden();
  });

  await test.step("the key is listed without its secret, then revoked", async () => {
    const row = page.getByRole("row").filter({ hasText: keyName });
    await expect(row).toContainText("Active");
    await expect(row).toContainText("service");
    await expect(row).toContainText(ADMIN.email);
    await row.getByRole("button", { name: `Revoke ${keyName}` }).click();
    const confirm = page.getByRole("alertdialog", { name: `Revoke ${keyName}?` });
    await saveScreenshot(page, "13-revoke-confirm");
    await confirm.getByRole("button", { name: "Revoke key" }).click();
    await expect(confirm).toBeHidden();
    await expect(row).toContainText("Revoked");
    await expect(row.getByRole("button", { name: `Revoke ${keyName}` })).toHaveCount(0);
    await saveScreenshot(page, "14-keys-after-revoke");
  });
});
