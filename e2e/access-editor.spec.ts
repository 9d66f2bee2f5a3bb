import { expect, test, type Page } from "@playwright/test";
import { ADMIN, uniqueEmail } from "./helpers/accounts";
import { apiGet, createUser, refusal, uniqueRoleName, writeHeaders } from "./helpers/api";
import { saveFullScreenshot, saveScreenshotVariants } from "./helpers/screenshot-variants";
import { signIn } from "./helpers/sign-in";
import { signInElsewhere } from "./helpers/sign-in-elsewhere";

function nav(page: Page) {
  return page.getByRole("navigation", { name: "Console sections" });
}

test("an admin creates a role, previews a change to it, saves it, clones it and deletes it", async ({
  page,
  browser,
}) => {
  const role = uniqueRoleName("support");
  const copy = `${role}_copy`;
  await signIn(page, ADMIN.email, ADMIN.password);

  // The demo server's tools are registered a few seconds after start.
  await expect
    .poll(
      async () => (await apiGet<{ tools: unknown[] }>(page, "/api/v1/tools?server=everything")).tools.length,
      { timeout: 30_000 },
    )
    .toBeGreaterThan(0);

  await test.step("the roles list shows built-in roles with their holders", async () => {
    await nav(page).getByRole("link", { name: "Roles" }).click();
    const table = page.getByRole("table", { name: "Roles" });
    const admin = table
      .getByRole("row")
      .filter({ has: page.getByRole("link", { name: "admin", exact: true }) });
    await expect(admin).toContainText("Built-in");
    await expect(admin.getByRole("cell").nth(3)).not.toHaveText("0");
    // Built-in roles can be cloned, never deleted.
    await expect(table.getByRole("button", { name: "Delete viewer" })).toHaveCount(0);
    await expect(table.getByRole("link", { name: "Clone viewer" })).toBeVisible();
    await saveScreenshotVariants(page, "access-editor-01-roles");
  });

  await test.step("create a custom role with a capability and a tool grant picked from the registry", async () => {
    await page.getByRole("link", { name: "New role" }).click();
    await expect(page.getByRole("heading", { name: "New role" })).toBeVisible();
    await page.getByLabel("Name").fill(role);
    await page.getByLabel("Description").fill("Answers customer questions");
    await page.getByRole("checkbox", { name: "keys:read", exact: true }).check();
    await page.getByRole("button", { name: "Add grant" }).click();
    const pattern = page.getByLabel("Pattern of grant 1");
    await expect(pattern).toBeFocused();
    await pattern.fill("every");
    await page.getByRole("option", { name: /^everything\/\*/ }).click();
    await expect(pattern).toHaveValue("everything/*");
    await expect(page.getByText("Nobody holds a new role yet")).toBeVisible();
    await saveScreenshotVariants(page, "access-editor-02-new-role");
    await page.getByRole("button", { name: "Create role" }).click();
    await expect(page).toHaveURL(new RegExp(`/roles/${role}$`));
    await expect(page.getByRole("status").filter({ hasText: `Created role ${role}.` })).toBeVisible();
    await expect(page.getByRole("heading", { name: role })).toBeVisible();
  });

  const member = await createUser(page, uniqueEmail("support"), [role]);
  const memberPage = await signInElsewhere(browser, member.email, member.password);
  await test.step("the holder of the role sees API keys but not Users", async () => {
    await expect(nav(memberPage).getByRole("link", { name: "API keys" })).toBeVisible();
    await expect(nav(memberPage).getByRole("link", { name: "Users" })).toHaveCount(0);
  });

  await test.step("the members tab lists the user holding the role", async () => {
    await page.reload();
    await page.getByRole("tab", { name: /Members/ }).click();
    await expect(page.getByRole("table", { name: `Users holding ${role}` })).toContainText(member.email);
    await saveFullScreenshot(page, "access-editor-03-members");
    await page.getByRole("tab", { name: "Access" }).click();
  });

  await test.step("a pattern that is not <server>/<tool> is refused before anything is sent", async () => {
    await page.getByRole("button", { name: "Add grant" }).click();
    await page.getByLabel("Pattern of grant 2").fill("get-env");
    await page.getByRole("button", { name: "Review and save" }).click();
    await expect(page.getByText("Use <server>/<tool>, with * as a wildcard")).toBeVisible();
    await saveFullScreenshot(page, "access-editor-04-bad-pattern");
  });

  await test.step("the preview names who gains and loses what, and saving makes it effective", async () => {
    // Suggestions work from the keyboard: type part of a tool, arrow down, Enter.
    const pattern = page.getByLabel("Pattern of grant 2");
    await pattern.fill("get-e");
    await pattern.press("ArrowDown");
    await pattern.press("Enter");
    await expect(pattern).toHaveValue("everything/get-env");
    await page.getByLabel("Effect of grant 2").selectOption("deny");
    await page.getByRole("checkbox", { name: "users:read", exact: true }).check();
    await page.getByRole("button", { name: "Review and save" }).click();
    const preview = page.getByRole("dialog", { name: `Save changes to ${role}?` });
    await expect(preview).toContainText("1 user affected, of 1 holder");
    const change = preview.getByRole("listitem").filter({ hasText: member.email });
    await expect(change).toContainText("gains");
    await expect(change).toContainText("users:read");
    await expect(change).toContainText("loses");
    await expect(change).toContainText("everything/get-env");
    await saveScreenshotVariants(page, "access-editor-05-preview");
    await preview.getByRole("button", { name: "Save changes" }).click();
    await expect(preview).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: `Saved ${role}.` })).toBeVisible();
    await expect(page.getByText("No unsaved changes.")).toBeVisible();

    await memberPage.reload();
    await expect(nav(memberPage).getByRole("link", { name: "Users" })).toBeVisible();
    const saved = await apiGet<{
      role: { capabilities: string[]; toolGrants: { pattern: string; effect: string }[] };
    }>(page, `/api/v1/roles/${role}`);
    expect(saved.role.capabilities).toEqual(["keys:read", "users:read"]);
    expect(saved.role.toolGrants).toContainEqual({ pattern: "everything/get-env", effect: "deny" });
  });

  await test.step("clone the role into a new one that inherits from it", async () => {
    await page.getByRole("link", { name: "Clone" }).click();
    await expect(page.getByRole("heading", { name: `Clone ${role}` })).toBeVisible();
    await expect(page.getByLabel("Name")).toHaveValue(copy);
    await expect(page.getByRole("checkbox", { name: "users:read", exact: true })).toBeChecked();
    await page.getByLabel("Inherits from").selectOption(role);
    await expect(page.getByRole("checkbox", { name: `users:read from ${role}` })).toBeDisabled();
    await page.getByRole("button", { name: "Create role" }).click();
    await expect(page).toHaveURL(new RegExp(`/roles/${copy}$`));
    await expect(page.getByText(`inherits ${role}`)).toBeVisible();
  });

  await test.step("inheritance cannot go round in a circle", async () => {
    await page.goto(`/roles/${role}`);
    await page.getByLabel("Inherits from").selectOption(copy);
    await page.getByRole("button", { name: "Review and save" }).click();
    await expect(
      page.getByText(`${copy} already inherits from ${role}: this would create a cycle.`),
    ).toBeVisible();
    await saveFullScreenshot(page, "access-editor-06-cycle");
    // The API refuses the same change with a field error.
    const response = await page.request.patch(`/api/v1/roles/${role}`, {
      data: { inherits: copy },
      headers: writeHeaders(page),
    });
    expect(response.status()).toBe(400);
    const body: { error: { code: string; details?: { fields?: Record<string, string[]> } } } =
      await response.json();
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.details?.fields?.inherits).toEqual(["Creates a cycle"]);
    await page.getByRole("button", { name: "Discard changes" }).click();
  });

  await test.step("delete the clone, then the role, each after a confirmation naming it", async () => {
    await nav(page).getByRole("link", { name: "Roles" }).click();
    await page.getByRole("button", { name: `Delete ${copy}` }).click();
    const confirmCopy = page.getByRole("alertdialog", { name: `Delete role ${copy}?` });
    await expect(confirmCopy).toContainText(`No user holds ${copy}`);
    await confirmCopy.getByRole("button", { name: `Delete ${copy}` }).click();
    await expect(page.getByRole("status").filter({ hasText: `Deleted role ${copy}.` })).toBeVisible();
    await expect(page.getByRole("link", { name: copy, exact: true })).toHaveCount(0);

    await page.getByRole("link", { name: role, exact: true }).click();
    await page.getByRole("button", { name: `Delete ${role}` }).click();
    const confirmRole = page.getByRole("alertdialog", { name: `Delete role ${role}?` });
    await expect(confirmRole).toContainText("1 user loses this role");
    await saveScreenshotVariants(page, "access-editor-07-delete-confirm");
    await confirmRole.getByRole("button", { name: `Delete ${role}` }).click();
    await expect(page).toHaveURL(/\/roles$/);
    await expect(page.getByRole("link", { name: role, exact: true })).toHaveCount(0);
  });

  await test.step("a built-in role offers no delete, and the API refuses it", async () => {
    await page.getByRole("link", { name: "viewer", exact: true }).click();
    await expect(page.getByRole("heading", { name: "viewer" })).toBeVisible();
    await expect(page.getByText("Built-in roles keep the capabilities Gatehouse defines")).toBeVisible();
    await expect(page.getByRole("button", { name: /^Delete/ })).toHaveCount(0);
    await expect(page.getByRole("checkbox", { name: "servers:read", exact: true })).toHaveCount(0);
    await saveFullScreenshot(page, "access-editor-08-built-in");
    const response = await page.request.delete("/api/v1/roles/viewer", { headers: writeHeaders(page) });
    expect(await refusal(response)).toEqual({ status: 409, code: "conflict" });
  });
  await memberPage.context().close();
});

test("without roles:write the access editor is read-only, and the API refuses changes", async ({
  page,
  browser,
}) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  const operator = await createUser(page, uniqueEmail("operator"), ["operator"]);
  const viewer = await createUser(page, uniqueEmail("viewer"), ["viewer"]);

  const operatorPage = await signInElsewhere(browser, operator.email, operator.password);
  await test.step("an operator reads roles but is offered no changes", async () => {
    await nav(operatorPage).getByRole("link", { name: "Roles" }).click();
    await expect(operatorPage.getByRole("table", { name: "Roles" })).toContainText("viewer");
    await expect(operatorPage.getByRole("link", { name: "New role" })).toHaveCount(0);
    await expect(operatorPage.getByRole("link", { name: /^Clone/ })).toHaveCount(0);
    await expect(operatorPage.getByRole("button", { name: /^Delete/ })).toHaveCount(0);
    await operatorPage.getByRole("link", { name: "operator", exact: true }).click();
    await expect(operatorPage.getByRole("region", { name: "Console and API capabilities" })).toContainText(
      "keys:write",
    );
    await expect(operatorPage.getByRole("checkbox")).toHaveCount(0);
    await expect(operatorPage.getByRole("button", { name: "Review and save" })).toHaveCount(0);
    await saveFullScreenshot(operatorPage, "access-editor-09-read-only");

    const patch = await operatorPage.request.patch("/api/v1/roles/viewer", {
      data: { description: "changed" },
      headers: writeHeaders(operatorPage),
    });
    expect(await refusal(patch)).toEqual({ status: 403, code: "forbidden" });
    const create = await operatorPage.request.post("/api/v1/roles", {
      data: { name: uniqueRoleName("sneaky") },
      headers: writeHeaders(operatorPage),
    });
    expect(await refusal(create)).toEqual({ status: 403, code: "forbidden" });
    const preview = await operatorPage.request.post("/api/v1/roles/viewer/preview", {
      data: {},
      headers: writeHeaders(operatorPage),
    });
    expect(await refusal(preview)).toEqual({ status: 403, code: "forbidden" });
  });
  await operatorPage.context().close();

  const viewerPage = await signInElsewhere(browser, viewer.email, viewer.password);
  await test.step("a viewer cannot open roles at all", async () => {
    await expect(nav(viewerPage).getByRole("link", { name: "Roles" })).toHaveCount(0);
    await viewerPage.goto("/roles/viewer");
    await expect(viewerPage.getByText("You do not have access")).toBeVisible();
    expect(await refusal(await viewerPage.request.get("/api/v1/roles"))).toEqual({
      status: 403,
      code: "forbidden",
    });
    const remove = await viewerPage.request.delete("/api/v1/roles/viewer", {
      headers: writeHeaders(viewerPage),
    });
    expect(await refusal(remove)).toEqual({ status: 403, code: "forbidden" });
  });
  await viewerPage.context().close();
});
