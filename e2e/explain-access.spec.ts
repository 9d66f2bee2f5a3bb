import { expect, test, type Page } from "@playwright/test";
import { ADMIN, uniqueEmail } from "./helpers/accounts";
import { apiGet, apiPost, createUser, refusal, uniqueRoleName, writeHeaders } from "./helpers/api";
import { saveFullScreenshot, saveScreenshotVariants } from "./helpers/screenshot-variants";
import { signIn } from "./helpers/sign-in";
import { signInElsewhere } from "./helpers/sign-in-elsewhere";

async function explainTool(page: Page, tool: string) {
  await page.getByRole("radio", { name: "Tool" }).check();
  await page.getByLabel("Which tool").fill(tool);
  await page.getByRole("button", { name: "Explain", exact: true }).click();
}

async function explainCapability(page: Page, capability: string) {
  await page.getByRole("radio", { name: "Capability" }).check();
  await page.getByLabel("Which capability").selectOption(capability);
  await page.getByRole("button", { name: "Explain", exact: true }).click();
}

test("explain access says allowed or denied, and which rule decided", async ({ page }) => {
  const role = uniqueRoleName("helpdesk");
  const bare = uniqueRoleName("bare");
  const keyName = `explain-${Date.now().toString(36)}`;
  await signIn(page, ADMIN.email, ADMIN.password);
  await apiPost(page, "/api/v1/roles", {
    name: role,
    capabilities: ["keys:read"],
    toolGrants: [
      { pattern: "everything/*", effect: "allow" },
      { pattern: "everything/get-env", effect: "deny" },
    ],
  });
  await apiPost(page, "/api/v1/roles", { name: bare, capabilities: ["mcp:connect"] });
  const user = await createUser(page, uniqueEmail("helpdesk"), [role]);
  await apiPost(page, "/api/v1/keys", { name: keyName, roles: [bare] });

  await page
    .getByRole("navigation", { name: "Console sections" })
    .getByRole("link", { name: "Explain access" })
    .click();
  await expect(page.getByRole("heading", { name: "Explain access" })).toBeVisible();

  await test.step("a user is allowed a tool by an allow grant", async () => {
    await page.getByLabel("Which user").fill(user.email.slice(0, 18));
    await page.getByRole("option", { name: new RegExp(`^${user.email.replace(/[.+]/g, "\\$&")}`) }).click();
    await expect(page.getByLabel("Which user")).toHaveValue(user.email);
    await explainTool(page, "everything/echo");
    const verdict = page.getByRole("region", { name: "Allowed" });
    await expect(verdict).toContainText(`${user.email} may use the tool everything/echo.`);
    await expect(verdict).toContainText(`allowed by role ${role}: allow everything/*`);
    // The deciding rule: effect, pattern and the role it belongs to.
    await expect(verdict.getByText("Allow", { exact: true })).toBeVisible();
    await expect(verdict.getByText("everything/*", { exact: true })).toBeVisible();
    await expect(verdict.getByRole("link", { name: role, exact: true }).first()).toBeVisible();
    await saveScreenshotVariants(page, "explain-access-01-allowed");
  });

  await test.step("a deny grant wins over the allow", async () => {
    await explainTool(page, "everything/get-env");
    const verdict = page.getByRole("region", { name: "Denied" });
    await expect(verdict).toContainText(`denied by role ${role}: deny everything/get-env`);
    await expect(verdict.getByText("Deny", { exact: true })).toBeVisible();
    await expect(verdict.getByText("everything/get-env", { exact: true })).toBeVisible();
    await saveFullScreenshot(page, "explain-access-02-denied-by-rule");
  });

  await test.step("capabilities: granted by the role, or by no role", async () => {
    await explainCapability(page, "keys:read");
    await expect(page.getByRole("region", { name: "Allowed" })).toContainText(
      `role ${role} grants keys:read`,
    );
    await explainCapability(page, "users:write");
    const verdict = page.getByRole("region", { name: "Denied" });
    await expect(verdict).toContainText("no role of this principal grants users:write");
    await saveFullScreenshot(page, "explain-access-03-capability-denied");
  });

  await test.step("an API key whose roles grant no tools is denied with no deciding grant", async () => {
    await page.getByRole("radio", { name: "API key" }).check();
    await page.getByLabel("Which API key").fill(keyName);
    await page.getByRole("option", { name: new RegExp(`^${keyName}`) }).click();
    await explainTool(page, "everything/echo");
    const verdict = page.getByRole("region", { name: "Denied" });
    await expect(verdict).toContainText(`The API key ${keyName}`);
    await expect(verdict).toContainText("no grant of this principal's roles matches everything/echo");
    await expect(verdict).toContainText("No tool grant matches");
    await saveScreenshotVariants(page, "explain-access-04-key-denied");
  });

  await test.step("from a role's members, Explain opens with that user chosen", async () => {
    await page.goto(`/roles/${role}`);
    await page.getByRole("tab", { name: /Members/ }).click();
    await page.getByRole("link", { name: `Explain the access of ${user.email}` }).click();
    await expect(page).toHaveURL(new RegExp(`/explain\\?user=${user.id}$`));
    await expect(page.getByLabel("Which user")).toHaveValue(user.email);
    await explainTool(page, "everything/get-env");
    await expect(page.getByRole("region", { name: "Denied" })).toContainText(`denied by role ${role}`);
  });

  await test.step("picking nobody is caught before asking", async () => {
    await page.getByRole("radio", { name: "API key" }).check();
    await page.getByLabel("Which API key").fill("no such key");
    await page.getByRole("button", { name: "Explain", exact: true }).click();
    await expect(page.getByText("Choose an API key from the list.")).toBeVisible();
  });
});

test("a viewer cannot explain access, in the console or through the API", async ({ page, browser }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  const viewer = await createUser(page, uniqueEmail("viewer"), ["viewer"]);
  const admin = await apiGet<{ id: string }>(page, "/api/v1/me");

  const viewerPage = await signInElsewhere(browser, viewer.email, viewer.password);
  await expect(
    viewerPage
      .getByRole("navigation", { name: "Console sections" })
      .getByRole("link", { name: "Explain access" }),
  ).toHaveCount(0);
  await viewerPage.goto("/explain");
  await expect(viewerPage.getByText("You do not have access")).toBeVisible();
  await expect(viewerPage.getByRole("button", { name: "Explain", exact: true })).toHaveCount(0);
  await saveFullScreenshot(viewerPage, "explain-access-05-viewer-denied");
  const response = await viewerPage.request.post("/api/v1/access/explain", {
    data: { principal: { type: "user", id: admin.id }, action: { capability: "users:write" } },
    headers: writeHeaders(viewerPage),
  });
  expect(await refusal(response)).toEqual({ status: 403, code: "forbidden" });
  await viewerPage.context().close();
});
