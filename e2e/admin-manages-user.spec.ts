import { expect, test, type Page } from "@playwright/test";
import { ADMIN, uniqueEmail } from "./helpers/accounts";
import { saveScreenshot } from "./helpers/screenshot";
import { signIn, signOut } from "./helpers/sign-in";

async function openUserAction(page: Page, email: string, action: string) {
  await page.getByLabel("Search users").fill(email);
  await expect(page.getByRole("table", { name: "Users" }).getByRole("row")).toHaveCount(2);
  await page.getByRole("button", { name: `Actions for ${email}` }).click();
  await page.getByRole("menuitem", { name: action }).click();
}

test("an admin changes a user's roles, resets their password and disables them", async ({ page }) => {
  const email = uniqueEmail("ops");
  await signIn(page, ADMIN.email, ADMIN.password);

  // Seed the user through the API, as the console would (same-origin JSON write).
  const created = await page.request.post("/api/v1/users", {
    data: { email, password: "initial-password-123", roles: ["viewer"] },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(created.status()).toBe(201);

  let temporaryPassword = "";
  await test.step("edit roles", async () => {
    await page.goto("/users");
    await openUserAction(page, email, "Edit roles");
    const dialog = page.getByRole("dialog", { name: "Edit roles" });
    await dialog.getByRole("checkbox", { name: /^operator\b/ }).check();
    await saveScreenshot(page, "20-edit-roles");
    await dialog.getByRole("button", { name: "Save roles" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("row").filter({ hasText: email })).toContainText("operator");
  });

  await test.step("reset the password and show the temporary one once", async () => {
    await openUserAction(page, email, "Reset password");
    await page.getByRole("alertdialog").getByRole("button", { name: "Reset password" }).click();
    const shown = page.getByRole("dialog", { name: "Temporary password" });
    temporaryPassword = (await shown.getByTestId("secret-value").textContent()) ?? "";
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);
    await saveScreenshot(page, "21-temporary-password");
    await shown.getByRole("button", { name: "Done" }).click();
    await expect(shown).toBeHidden();
  });

  await test.step("the user signs in with the temporary password and now sees API keys", async () => {
    await signOut(page);
    await signIn(page, email, temporaryPassword);
    await expect(page.getByRole("navigation", { name: "Console sections" }).getByRole("link")).toHaveText([
      "Overview",
      "Servers",
      "Tools",
      "Review",
      "Metrics",
      "Alerts",
      "Roles",
      "Explain access",
      "API keys",
      "Account",
    ]);
    await signOut(page);
  });

  await test.step("disable the user, who can then no longer sign in", async () => {
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.goto("/users");
    await openUserAction(page, email, "Disable");
    const confirm = page.getByRole("alertdialog", { name: `Disable ${email}?` });
    await confirm.getByRole("button", { name: "Disable user" }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByRole("row").filter({ hasText: email })).toContainText("Disabled");
    await saveScreenshot(page, "22-user-disabled");
    await signOut(page);

    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(temporaryPassword);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "Email or password is incorrect." }),
    ).toBeVisible();
  });
});
