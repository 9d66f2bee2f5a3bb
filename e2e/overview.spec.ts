import { expect, test, type APIRequestContext, type Locator } from "@playwright/test";
import { ADMIN, uniqueEmail } from "./helpers/accounts";
import { apiGet, apiPost, createUser, uniqueRoleName } from "./helpers/api";
import { saveFullScreenshot, saveScreenshotVariants } from "./helpers/screenshot-variants";
import { signIn } from "./helpers/sign-in";
import { signInElsewhere } from "./helpers/sign-in-elsewhere";

type Overview = {
  servers?: {
    total: number;
    healthy: number;
    degraded: number;
    down: number;
    unknown: number;
    disabled: number;
  };
  review?: { pendingTools: number };
  gateway?: { calls: number; denied: number; errors: number };
  recentEvents?: { action: string; category: string }[];
};

/** The number shown under a figure's label inside a card. */
function figure(card: Locator, label: string): Locator {
  return card.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]");
}

/** One tools/call through the governed MCP endpoint with an API key (stateless streamable HTTP). */
async function callTool(request: APIRequestContext, secret: string, name: string): Promise<void> {
  const response = await request.post("/api/mcp", {
    headers: { Authorization: `Bearer ${secret}`, Accept: "application/json, text/event-stream" },
    data: {
      jsonrpc: "2.0",
      id: 1,
      method: "tools/call",
      params: { name, arguments: { message: "overview" } },
    },
  });
  expect(response.status(), await response.text()).toBeLessThan(500);
}

test("the admin lands on the overview and sees every section with the API's figures", async ({
  page,
  request,
}) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/overview$/);

  await test.step("make real gateway traffic: one allowed call and one denied", async () => {
    const noTools = uniqueRoleName("no_tools");
    await apiPost(page, "/api/v1/roles", { name: noTools, capabilities: ["mcp:connect"] });
    const allowed = await apiPost<{ secret: string }>(page, "/api/v1/keys", {
      name: `overview-${Date.now().toString(36)}`,
      roles: ["service"],
    });
    const refused = await apiPost<{ secret: string }>(page, "/api/v1/keys", {
      name: `overview-denied-${Date.now().toString(36)}`,
      roles: [noTools],
    });
    // The demo server must be connected and checked before its tools answer.
    await expect
      .poll(
        async () =>
          (await apiGet<{ overview: Overview }>(page, "/api/v1/overview")).overview.servers?.healthy,
        { timeout: 30_000 },
      )
      .toBeGreaterThan(0);
    await callTool(request, allowed.secret, "everything__echo");
    await callTool(request, refused.secret, "everything__echo");
  });

  await test.step("each card shows the figures the API reports", async () => {
    await page.reload();
    const { overview } = await apiGet<{ overview: Overview }>(page, "/api/v1/overview");
    expect(overview.servers && overview.review && overview.gateway && overview.recentEvents).toBeTruthy();
    expect(overview.gateway!.calls).toBeGreaterThanOrEqual(2);
    expect(overview.gateway!.denied).toBeGreaterThanOrEqual(1);

    const servers = page.getByRole("region", { name: "Upstream servers" });
    await expect(servers).toContainText(`${overview.servers!.total} registered`);
    await expect(figure(servers, "Up")).toHaveText(String(overview.servers!.healthy));
    await expect(figure(servers, "Down")).toHaveText(String(overview.servers!.down));
    await expect(figure(servers, "Disabled")).toHaveText(String(overview.servers!.disabled));
    await expect(servers.getByRole("link", { name: "View servers" })).toHaveAttribute("href", "/servers");

    const review = page.getByRole("region", { name: "Awaiting review" });
    await expect(figure(review, "Tools")).toHaveText(String(overview.review!.pendingTools));
    await expect(review.getByRole("link")).toHaveAttribute("href", "/review");

    const gateway = page.getByRole("region", { name: "Gateway traffic" });
    await expect(figure(gateway, "Calls")).toHaveText(String(overview.gateway!.calls));
    await expect(figure(gateway, "Denied")).toHaveText(String(overview.gateway!.denied));
    await expect(figure(gateway, "Errors")).toHaveText(String(overview.gateway!.errors));

    const events = page.getByRole("table", { name: "Recent audit events" });
    await expect(events.getByRole("row")).toHaveCount(overview.recentEvents!.length + 1);
    await expect(events).toContainText("tools/call");
    // People's labels are stored encrypted; the overview shows them readable, never the ciphertext.
    await expect(events).not.toContainText("pd1.");
    await saveScreenshotVariants(page, "overview-01-admin");
  });
});

test("people see only the overview sections their roles allow", async ({ page, browser }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  const viewer = await createUser(page, uniqueEmail("viewer"), ["viewer"]);
  const machineOnly = await createUser(page, uniqueEmail("machine"), ["service"]);

  await test.step("a viewer sees servers, reviews and traffic, but no audit events", async () => {
    const viewerPage = await signInElsewhere(browser, viewer.email, viewer.password);
    await expect(viewerPage).toHaveURL(/\/overview$/);
    await expect(viewerPage.getByRole("region", { name: "Upstream servers" })).toBeVisible();
    await expect(viewerPage.getByRole("region", { name: "Awaiting review" })).toBeVisible();
    await expect(viewerPage.getByRole("region", { name: "Gateway traffic" })).toBeVisible();
    await expect(viewerPage.getByRole("region", { name: "Recent audit events" })).toHaveCount(0);
    const { overview } = await apiGet<{ overview: Overview }>(viewerPage, "/api/v1/overview");
    expect(overview.recentEvents).toBeUndefined();
    expect(overview.servers).toBeDefined();
    await saveScreenshotVariants(viewerPage, "overview-02-viewer");
    await viewerPage.context().close();
  });

  await test.step("a person whose roles read nothing is told so, and the API sends no figures", async () => {
    const machinePage = await signInElsewhere(browser, machineOnly.email, machineOnly.password);
    await expect(machinePage.getByText("Nothing to show for your roles")).toBeVisible();
    await expect(machinePage.getByRole("region")).toHaveCount(0);
    const { overview } = await apiGet<{ overview: Overview }>(machinePage, "/api/v1/overview");
    expect(overview).toEqual({});
    await saveFullScreenshot(machinePage, "overview-03-nothing");
    await machinePage.context().close();
  });
});
