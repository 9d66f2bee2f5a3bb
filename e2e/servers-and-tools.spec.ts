import { expect, test, type Page } from "@playwright/test";
import { ADMIN } from "./helpers/accounts";
import { saveScreenshot } from "./helpers/screenshot";
import { saveScreenshotVariants } from "./helpers/screenshot-variants";
import {
  apiSend,
  freePort,
  listServerTools,
  startEverythingHttp,
  uniqueSuffix,
  waitForServerTools,
} from "./helpers/servers";
import { signIn, signOut } from "./helpers/sign-in";
import { createViewer } from "./helpers/viewer";

// Journey: servers and tools. The e2e server seeds the demo upstream `everything` (stdio) and
// connects to it in the background; every test waits for its tools with a deadline.

async function openServer(page: Page, name: string | RegExp) {
  await page.goto("/servers");
  await page.getByRole("table", { name: "Servers" }).getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

test("an admin sees the demo server healthy with its tools, and turns a tool off and on", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, ADMIN.email, ADMIN.password);
  await waitForServerTools(page, "everything");

  await test.step("the servers list shows `everything` healthy, connected, with its tools", async () => {
    await page.goto("/servers");
    const row = page.getByTestId("server-row-everything");
    // Health checks run every 5 s on the e2e server; the list refetches on its own.
    await expect(row.getByText("Healthy")).toBeVisible({ timeout: 30_000 });
    await expect(row).toContainText("Connected");
    await expect(row).toContainText("Breaker closed");
    await expect(row.getByRole("link", { name: /^\d+ active$/ })).toBeVisible();
    await saveScreenshotVariants(page, "servers-and-tools-01-servers");
  });

  await test.step("the server page shows status, breaker and bulkhead, and links to its tools", async () => {
    await openServer(page, "Everything (MCP reference server)");
    await expect(page.getByText("Reports itself as")).toBeVisible();
    await expect(page.getByText(/of 10, 0 of 100 queued|No calls have gone through/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Refresh tools" })).toBeVisible();
    await saveScreenshotVariants(page, "servers-and-tools-02-server");

    await page.getByRole("button", { name: "Test connection" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Connected in" })).toContainText(
      "mcp-servers/everything",
    );
    await page.getByRole("button", { name: "Refresh tools" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: /Refreshed the tools of Everything/ }),
    ).toBeVisible();
    await page.getByRole("link", { name: "View its tools" }).click();
    await expect(page).toHaveURL(/\/tools\?server=everything$/);
  });

  await test.step("the tools table filters by server, status and search", async () => {
    const table = page.getByRole("table", { name: "Tools" });
    await expect(table.getByRole("link", { name: "everything__echo" })).toBeVisible();
    await expect(page.getByLabel("Server", { exact: true })).toHaveValue("everything");
    await page.getByLabel("Search", { exact: true }).fill("echo");
    await expect(page).toHaveURL(/q=echo/);
    await expect(table.getByRole("row")).toHaveCount(2);
    await page.getByLabel("Annotation", { exact: true }).selectOption("destructiveHint");
    await expect(page.getByText("No tools match these filters")).toBeVisible();
    await saveScreenshot(page, "servers-and-tools-03-tools-empty");
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(/\/tools$/);
    await expect(table.getByRole("row").nth(5)).toBeVisible();
    await saveScreenshotVariants(page, "servers-and-tools-03-tools");
  });

  await test.step("a tool page shows its description, schema as a field table, hints and history", async () => {
    await page.getByRole("table", { name: "Tools" }).getByRole("link", { name: "everything__echo" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Echo Tool" })).toBeVisible();
    await expect(page.getByTestId("exposed-name")).toHaveText("everything__echo");
    await expect(page.getByTestId("tool-description")).toHaveText("Echoes back the input string");
    const fields = page.getByRole("table", { name: "Input fields" });
    const message = fields.getByRole("row").filter({ hasText: "message" });
    await expect(message).toContainText("string");
    await expect(message).toContainText("required");
    await expect(message).toContainText("Message to echo");
    await expect(page.getByText("Read-only", { exact: true })).toBeVisible();
    await expect(page.getByRole("table", { name: "Version history" })).toContainText("Pinned (first seen)");
    await page.getByText("Raw input schema (JSON)").click();
    await expect(page.locator("pre").filter({ hasText: '"message"' })).toBeVisible();
    await saveScreenshotVariants(page, "servers-and-tools-04-tool");
  });

  await test.step("give the tool its own timeout, then back to the server's", async () => {
    await page.getByLabel("Timeout (ms)").fill("50");
    await page.getByRole("button", { name: "Save timeout" }).click();
    await expect(page.getByText("Enter a whole number from 100 to 600000")).toBeVisible();
    await page.getByLabel("Timeout (ms)").fill("5000");
    await page.getByRole("button", { name: "Save timeout" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Set the timeout of everything__echo to 5000 ms." }),
    ).toBeVisible();
    await page.getByRole("button", { name: "Use the server's timeout" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "everything__echo now uses the server's timeout." }),
    ).toBeVisible();
    await expect(page.getByLabel("Timeout (ms)")).toHaveValue("");
  });

  await test.step("disable the tool, then enable it again", async () => {
    const toggle = page.getByRole("switch", { name: "everything__echo enabled" });
    await expect(toggle).toHaveAttribute("aria-checked", "true");
    await toggle.click();
    await expect(page.getByRole("status").filter({ hasText: "Disabled everything__echo" })).toBeVisible();
    await expect(toggle).toHaveAttribute("aria-checked", "false");
    expect((await listServerTools(page, "everything")).find((t) => t.name === "echo")?.isEnabled).toBe(false);

    await page.goto("/tools?enabled=false");
    const row = page
      .getByRole("table", { name: "Tools" })
      .getByRole("row")
      .filter({ hasText: "everything__echo" });
    const rowToggle = row.getByRole("switch", { name: "everything__echo enabled" });
    await expect(rowToggle).toHaveAttribute("aria-checked", "false");
    await rowToggle.click();
    await expect(page.getByRole("status").filter({ hasText: "Enabled everything__echo." })).toBeVisible();
    expect((await listServerTools(page, "everything")).find((t) => t.name === "echo")?.isEnabled).toBe(true);
  });
});

test("an admin adds a streamable HTTP server after testing it, and deletes it", async ({ page }) => {
  test.setTimeout(150_000);
  const upstream = await startEverythingHttp();
  const name = `HTTP everything ${uniqueSuffix()}`;
  try {
    await signIn(page, ADMIN.email, ADMIN.password);

    await test.step("the form checks its fields before sending", async () => {
      await page.goto("/servers");
      await page.getByRole("link", { name: "Add server" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Add server" })).toBeVisible();
      await page.getByRole("button", { name: "Add server" }).click();
      await expect(page.getByText("Enter a name")).toBeVisible();
      await expect(page.getByText("Enter the command to run")).toBeVisible();
      await expect(page.getByLabel("Name", { exact: true })).toBeFocused();

      // The API's own answer lands on the field too: a slug that is taken.
      await page.getByLabel("Name", { exact: true }).fill("Everything again");
      await page.getByLabel("Slug", { exact: true }).fill("everything");
      await page.getByLabel("Command", { exact: true }).fill("node");
      await page.getByRole("button", { name: "Add server" }).click();
      await expect(page.getByText("A server with the slug everything already exists.")).toBeVisible();
      await expect(page.getByLabel("Slug", { exact: true })).toBeFocused();
      await page.getByLabel("Name", { exact: true }).fill("");
      await page.getByLabel("Slug", { exact: true }).fill("");
    });

    await test.step("a refused connection says what went wrong", async () => {
      const refusedPort = await freePort();
      await page.getByLabel("Streamable HTTP").check();
      await page.getByLabel("URL", { exact: true }).fill(`http://127.0.0.1:${refusedPort}/mcp`);
      await page.getByRole("button", { name: "Test connection" }).click();
      const alert = page.getByRole("alert").filter({ hasText: "Connection failed" });
      await expect(alert).toContainText("connection refused");
      await expect(alert).toContainText(`Connection refused by http://127.0.0.1:${refusedPort}/mcp`);
      await saveScreenshotVariants(page, "servers-and-tools-05-test-refused");
    });

    await test.step("fill the form, test the connection, save", async () => {
      await page.getByLabel("Name", { exact: true }).fill(name);
      await expect(page.getByLabel("Slug", { exact: true })).toHaveValue(/^http-everything-/);
      await page.getByLabel("URL", { exact: true }).fill(upstream.url);
      await page.getByRole("button", { name: "Add header" }).click();
      await page.getByLabel("Name of header 1").fill("X-Test-Token");
      await page.getByLabel("Value of header 1").fill("not-a-real-secret");
      await page.getByRole("button", { name: "Test connection" }).click();
      const ok = page.getByRole("status").filter({ hasText: "Connected in" });
      await expect(ok).toContainText("mcp-servers/everything");
      await expect(ok).toContainText(/\d+ tools/);
      await page.getByText("Advanced: timeout, concurrency").click();
      await page.getByLabel("Call timeout (ms)").fill("15000");
      await saveScreenshotVariants(page, "servers-and-tools-06-add-form");
      await page.getByRole("button", { name: "Add server" }).click();
      await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    });

    await test.step("its tools appear, and its headers are write-only", async () => {
      await expect(page.getByRole("link", { name: /^[1-9]\d* active$/ })).toBeVisible({ timeout: 30_000 });
      await expect(page.getByTestId("headers-summary")).toContainText("1 header set (X-Test-Token)");
      await expect(page.getByText("not-a-real-secret")).toHaveCount(0);
      await saveScreenshotVariants(page, "servers-and-tools-07-new-server");
    });

    await test.step("replace its headers from the settings form", async () => {
      const settings = page.getByRole("form", { name: "Server settings" });
      await settings.getByRole("button", { name: "Replace headers" }).click();
      await expect(settings.getByLabel("Name of header 1")).toHaveValue("X-Test-Token");
      await settings.getByRole("button", { name: "Save settings" }).click();
      await expect(settings.getByText("Enter a value")).toBeVisible();
      await settings.getByLabel("Value of header 1").fill("another-secret");
      await expect(settings.getByText("Enter a value")).toHaveCount(0);
      await settings.getByRole("button", { name: "Save settings" }).click();
      await expect(
        page.getByRole("status").filter({ hasText: `Saved the settings of ${name}.` }),
      ).toBeVisible();
      await expect(page.getByTestId("headers-summary")).toContainText("1 header set (X-Test-Token)");
    });

    await test.step("disable it (with a confirmation) and enable it again", async () => {
      const enabled = page.getByRole("switch", { name: "Enabled" });
      await enabled.click();
      const confirm = page.getByRole("alertdialog", { name: `Disable ${name}?` });
      await confirm.getByRole("button", { name: "Disable server" }).click();
      await expect(page.getByRole("status").filter({ hasText: `Disabled ${name}.` })).toBeVisible();
      await expect(enabled).toHaveAttribute("aria-checked", "false");
      await expect(page.getByRole("button", { name: "Refresh tools" })).toBeDisabled();
      await enabled.click();
      await expect(enabled).toHaveAttribute("aria-checked", "true");
      await expect(page.getByText("Connected", { exact: true })).toBeVisible({ timeout: 30_000 });
    });

    await test.step("when the upstream stops, the list shows it down with the error, without a reload", async () => {
      await page.goto("/servers");
      const row = page.getByRole("row").filter({ hasText: name });
      await expect(row.getByText("Healthy")).toBeVisible({ timeout: 30_000 });
      await upstream.stop();
      await expect(row.getByText(/Down|Degraded/)).toBeVisible({ timeout: 45_000 });
      await expect(row.locator("p[title]")).not.toHaveCount(0);
      await saveScreenshotVariants(page, "servers-and-tools-08-server-down");
      await row.getByRole("link", { name }).click();
      await expect(page.getByTestId("server-last-error")).not.toBeEmpty();
    });

    await test.step("delete it, with a confirmation naming it and its tools", async () => {
      await page.getByRole("button", { name: "Delete" }).click();
      const confirm = page.getByRole("alertdialog", { name: `Delete ${name}?` });
      await expect(confirm).toContainText(/deletes it with its \d+ tools/);
      await saveScreenshot(page, "servers-and-tools-09-delete-confirm");
      await confirm.getByRole("button", { name: "Delete server" }).click();
      await expect(page).toHaveURL(/\/servers$/);
      await expect(page.getByRole("status").filter({ hasText: `Deleted ${name}` })).toBeVisible();
      await expect(page.getByRole("table", { name: "Servers" })).not.toContainText(name);
    });
  } finally {
    await upstream.stop();
  }
});

test("a viewer sees servers and tools but no controls, and the API refuses their writes", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, ADMIN.email, ADMIN.password);
  const tools = await waitForServerTools(page, "everything");
  const viewer = await createViewer(page);
  await signOut(page);
  await signIn(page, viewer.email, viewer.password);

  await test.step("servers: the list and the server page, read-only", async () => {
    await page.goto("/servers");
    await expect(page.getByTestId("server-row-everything")).toBeVisible();
    await expect(page.getByRole("link", { name: "Add server" })).toHaveCount(0);
    await openServer(page, "Everything (MCP reference server)");
    await expect(page.getByText("Reports itself as")).toBeVisible();
    for (const control of ["Refresh tools", "Test connection", "Delete", "Save settings"]) {
      await expect(page.getByRole("button", { name: control })).toHaveCount(0);
    }
    await expect(page.getByRole("switch")).toHaveCount(0);
    await saveScreenshot(page, "servers-and-tools-10-viewer-server");
    await page.goto("/servers/new");
    await expect(page.getByText("You do not have access")).toBeVisible();
  });

  await test.step("tools: the table and a tool page, without toggles or timeout edits", async () => {
    await page.goto("/tools");
    await expect(
      page.getByRole("table", { name: "Tools" }).getByRole("link", { name: "everything__echo" }),
    ).toBeVisible();
    await expect(page.getByRole("switch")).toHaveCount(0);
    await page.getByRole("table", { name: "Tools" }).getByRole("link", { name: "everything__echo" }).click();
    await expect(page.getByRole("table", { name: "Input fields" })).toBeVisible();
    await expect(page.getByRole("switch")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Save timeout" })).toHaveCount(0);
    await saveScreenshot(page, "servers-and-tools-11-viewer-tool");
  });

  await test.step("the API answers 403 to the viewer's writes", async () => {
    const create = await apiSend(page, "POST", "/api/v1/servers", {
      transport: "stdio",
      slug: `v-${uniqueSuffix()}`,
      name: "Nope",
      command: "node",
    });
    expect(create.status()).toBe(403);
    expect((await create.json()).error.code).toBe("forbidden");
    const echo = tools.find((t) => t.name === "echo");
    expect(echo).toBeDefined();
    const toggle = await apiSend(page, "PATCH", `/api/v1/tools/${echo?.id}`, { isEnabled: false });
    expect(toggle.status()).toBe(403);
    const testCall = await apiSend(page, "POST", "/api/v1/servers/test", {
      transport: "streamable_http",
      url: "http://127.0.0.1:1/mcp",
    });
    expect(testCall.status()).toBe(403);
  });
});

test("an operator adds HTTP servers but is not offered stdio, and cannot change or start the demo's command", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, ADMIN.email, ADMIN.password);
  await waitForServerTools(page, "everything");
  const operator = { email: `operator-${uniqueSuffix()}@example.test`, password: "operator-password-123" };
  expect((await apiSend(page, "POST", "/api/v1/users", { ...operator, roles: ["operator"] })).status()).toBe(
    201,
  );
  await signOut(page);
  await signIn(page, operator.email, operator.password);

  await test.step("the add-server form starts on Streamable HTTP; stdio is greyed out and says why", async () => {
    await page.goto("/servers/new");
    await expect(page.getByLabel("Streamable HTTP")).toBeChecked();
    await expect(page.getByLabel("stdio")).toBeDisabled();
    await expect(page.getByText("stdio needs the servers:exec permission")).toBeVisible();
    await expect(page.getByLabel("URL", { exact: true })).toBeVisible();
    await saveScreenshot(page, "servers-and-tools-12-operator-new-server");
  });

  await test.step("the demo's command is read-only for them, with no test button", async () => {
    await openServer(page, "Everything (MCP reference server)");
    await expect(page.getByTestId("command-locked")).toBeVisible();
    await expect(page.getByLabel("Command", { exact: true })).toHaveAttribute("readonly", "");
    await expect(page.getByRole("button", { name: "Test these settings" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Save settings" })).toBeVisible();
  });

  await test.step("the API refuses them a stdio server with 403 naming servers:exec", async () => {
    const create = await apiSend(page, "POST", "/api/v1/servers", {
      transport: "stdio",
      slug: `op-${uniqueSuffix()}`,
      name: "Shell",
      command: "sh",
    });
    expect(create.status()).toBe(403);
    expect((await create.json()).error.message).toContain("servers:exec");
    const tested = await apiSend(page, "POST", "/api/v1/servers/test", {
      transport: "stdio",
      command: "sh",
      args: [],
    });
    expect(tested.status()).toBe(403);
  });
});
