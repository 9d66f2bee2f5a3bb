import { expect, test } from "@playwright/test";
import { ADMIN, uniqueEmail } from "./helpers/accounts";
import { saveScreenshot } from "./helpers/screenshot";
import { signIn, signOut } from "./helpers/sign-in";

test("an admin creates a viewer, who sees only the read-only sections and their account", async ({
  page,
}) => {
  const viewer = { email: uniqueEmail("viewer"), name: "Vera Viewer", password: "viewer-password-123" };

  await test.step("admin signs in and sees the console", async () => {
    await page.goto("/sign-in");
    await saveScreenshot(page, "01-sign-in");
    await signIn(page, ADMIN.email, ADMIN.password);
    const nav = page.getByRole("navigation", { name: "Console sections" });
    for (const section of ["Users", "Roles", "API keys", "Account"]) {
      await expect(nav.getByRole("link", { name: section })).toBeVisible();
    }
    await expect(page).toHaveURL(/\/overview$/);
    await nav.getByRole("link", { name: "Users" }).click();
    await expect(page.getByRole("table", { name: "Users" })).toContainText(ADMIN.email);
    await saveScreenshot(page, "02-admin-users");
  });

  await test.step("admin creates the viewer", async () => {
    await page.getByRole("button", { name: "New user" }).click();
    const dialog = page.getByRole("dialog", { name: "New user" });
    await dialog.getByLabel("Email").fill(viewer.email);
    await dialog.getByLabel("Name (optional)").fill(viewer.name);
    await dialog.getByLabel("Password").fill(viewer.password);
    await dialog.getByRole("checkbox", { name: /^viewer\b/ }).check();
    await saveScreenshot(page, "03-new-user-dialog");
    await dialog.getByRole("button", { name: "Create user" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: `Created ${viewer.email}.` })).toBeVisible();

    await page.getByLabel("Search users").fill(viewer.email);
    const row = page.getByRole("row").filter({ hasText: viewer.email });
    await expect(row).toContainText("viewer");
    await expect(row).toContainText("Active");
    await saveScreenshot(page, "04-viewer-created");
    await signOut(page);
  });

  await test.step("the viewer sees the read-only sections and their account", async () => {
    await signIn(page, viewer.email, viewer.password);
    await expect(page).toHaveURL(/\/overview$/);
    const links = page.getByRole("navigation", { name: "Console sections" }).getByRole("link");
    await expect(links).toHaveText([
      "Overview",
      "Servers",
      "Tools",
      "Review",
      "Metrics",
      "Alerts",
      "Account",
    ]);
    await links.filter({ hasText: "Account" }).click();
    await expect(page.getByRole("main")).toContainText(viewer.email);
    await expect(page.getByRole("main")).toContainText("servers:read");
    await saveScreenshot(page, "05-viewer-account");
  });

  await test.step("the viewer gets no user data, in the console or from the API", async () => {
    await page.goto("/users");
    await expect(page.getByText("You do not have access")).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
    await expect(page.getByText(ADMIN.email)).toHaveCount(0);
    await saveScreenshot(page, "06-viewer-users-denied");

    const response = await page.request.get("/api/v1/users");
    expect(response.status()).toBe(403);
    const body: { error?: { code?: string } } = await response.json();
    expect(body.error?.code).toBe("forbidden");
  });
});

test("a wrong password shows an error and stays on the sign-in page", async ({ page }) => {
  // One failure at most per run; the admin's next successful sign-in clears the count.
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect." })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByLabel("Email")).toHaveValue(ADMIN.email);
  await expect(page.getByRole("navigation", { name: "Console sections" })).toHaveCount(0);
  await saveScreenshot(page, "07-sign-in-error");
});
