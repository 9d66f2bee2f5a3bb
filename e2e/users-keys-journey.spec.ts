import { expect, test } from "@playwright/test";
import { ADMIN, uniqueEmail } from "./helpers/accounts";
import { apiGet, apiPost, createUser, refusal, uniqueRoleName, writeHeaders } from "./helpers/api";
import { saveFullScreenshot, saveScreenshotVariants } from "./helpers/screenshot-variants";
import { signIn } from "./helpers/sign-in";
import { signInElsewhere } from "./helpers/sign-in-elsewhere";

type Key = { id: string; name: string; rateLimitPerMinute: number | null };

test("an admin renames an API key, sets its own rate limit and clears it back to its roles' limit", async ({
  page,
}) => {
  const suffix = Date.now().toString(36);
  const role = uniqueRoleName("agents");
  await signIn(page, ADMIN.email, ADMIN.password);
  await apiPost(page, "/api/v1/roles", {
    name: role,
    capabilities: ["mcp:connect"],
    rateLimitPerMinute: 300,
  });
  const { key } = await apiPost<{ key: Key }>(page, "/api/v1/keys", {
    name: `billing-${suffix}`,
    roles: [role],
  });
  const renamed = `billing-agent-${suffix}`;
  const keyById = async () =>
    (await apiGet<{ keys: Key[] }>(page, "/api/v1/keys")).keys.find((k) => k.id === key.id);

  await page.goto("/keys");
  const table = page.getByRole("table", { name: "API keys" });
  await expect(table.getByRole("columnheader")).toContainText([
    "Name",
    "Roles",
    "Status",
    "Expires",
    "Last used",
    "Rate limit",
  ]);

  await test.step("edit: a new name and 42 calls per minute", async () => {
    await page.getByRole("button", { name: `Edit billing-${suffix}` }).click();
    const dialog = page.getByRole("dialog", { name: `Edit billing-${suffix}` });
    await expect(dialog).toContainText("Empty: the limit of its roles, 300 calls per minute.");
    await dialog.getByLabel("Name").fill(renamed);
    await dialog.getByLabel("Rate limit (per minute)").fill("0");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(
      dialog.getByText("Enter a whole number from 1 to 100,000,000, or leave empty."),
    ).toBeVisible();
    await dialog.getByLabel("Rate limit (per minute)").fill("42");
    await saveScreenshotVariants(page, "users-keys-01-edit-key");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: `Saved ${renamed}.` })).toBeVisible();
    const row = table.getByRole("row").filter({ hasText: renamed });
    await expect(row).toContainText("42/min");
    await expect(row).toContainText(role);
    await expect(row).toContainText("Never");
    expect(await keyById()).toMatchObject({ name: renamed, rateLimitPerMinute: 42 });
    await saveFullScreenshot(page, "users-keys-02-key-edited");
  });

  await test.step("clear the limit: the key inherits its roles' limit again", async () => {
    await page.getByRole("button", { name: `Edit ${renamed}` }).click();
    const dialog = page.getByRole("dialog", { name: `Edit ${renamed}` });
    await dialog.getByRole("button", { name: "Clear" }).click();
    await expect(dialog.getByLabel("Rate limit (per minute)")).toHaveValue("");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog).toBeHidden();
    await expect(table.getByRole("row").filter({ hasText: renamed })).toContainText("Roles' limit");
    expect(await keyById()).toMatchObject({ rateLimitPerMinute: null });
  });

  await test.step("a revoked key can no longer be edited", async () => {
    const row = table.getByRole("row").filter({ hasText: renamed });
    await row.getByRole("button", { name: `Revoke ${renamed}` }).click();
    await page
      .getByRole("alertdialog", { name: `Revoke ${renamed}?` })
      .getByRole("button", { name: "Revoke key" })
      .click();
    await expect(row).toContainText("Revoked");
    await expect(row.getByRole("button", { name: `Edit ${renamed}` })).toHaveCount(0);
  });
});

test("the users list shows when each person last signed in", async ({ page, browser }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  const active = await createUser(page, uniqueEmail("active"), ["viewer"]);
  const dormant = await createUser(page, uniqueEmail("dormant"), ["viewer"]);
  const activePage = await signInElsewhere(browser, active.email, active.password);
  await activePage.context().close();

  await page.goto("/users");
  const table = page.getByRole("table", { name: "Users" });
  await expect(table.getByRole("columnheader", { name: "Last sign-in" })).toBeVisible();
  await page.getByLabel("Search users").fill(active.email);
  const activeRow = table.getByRole("row").filter({ hasText: active.email });
  await expect(activeRow.locator("time")).toBeVisible();
  await expect(activeRow).not.toContainText("Never");
  await saveFullScreenshot(page, "users-keys-03-last-sign-in");
  await page.getByLabel("Search users").fill(dormant.email);
  await expect(table.getByRole("row").filter({ hasText: dormant.email })).toContainText("Never");
});

test("without keys:write there is nothing to edit, and the API refuses edits", async ({ page, browser }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  const readerRole = uniqueRoleName("key_reader");
  await apiPost(page, "/api/v1/roles", { name: readerRole, capabilities: ["keys:read"] });
  const reader = await createUser(page, uniqueEmail("keyreader"), [readerRole]);
  const viewer = await createUser(page, uniqueEmail("viewer"), ["viewer"]);
  const { key } = await apiPost<{ key: Key }>(page, "/api/v1/keys", {
    name: `readonly-${Date.now().toString(36)}`,
    roles: ["service"],
  });

  await test.step("a key reader sees the keys but no New, Edit or Revoke", async () => {
    const readerPage = await signInElsewhere(browser, reader.email, reader.password);
    await readerPage.goto("/keys");
    await expect(readerPage.getByRole("table", { name: "API keys" })).toContainText(key.name);
    await expect(readerPage.getByRole("button", { name: /^(New key|Edit|Revoke)/ })).toHaveCount(0);
    await saveFullScreenshot(readerPage, "users-keys-04-reader");
    const patch = await readerPage.request.patch(`/api/v1/keys/${key.id}`, {
      data: { rateLimitPerMinute: 1 },
      headers: writeHeaders(readerPage),
    });
    expect(await refusal(patch)).toEqual({ status: 403, code: "forbidden" });
    await readerPage.context().close();
  });

  await test.step("a viewer cannot open keys, and the API refuses a rename", async () => {
    const viewerPage = await signInElsewhere(browser, viewer.email, viewer.password);
    await viewerPage.goto("/keys");
    await expect(viewerPage.getByText("You do not have access")).toBeVisible();
    const patch = await viewerPage.request.patch(`/api/v1/keys/${key.id}`, {
      data: { name: "taken over" },
      headers: writeHeaders(viewerPage),
    });
    expect(await refusal(patch)).toEqual({ status: 403, code: "forbidden" });
    await viewerPage.context().close();
  });
});
