import { expect, test, type APIRequestContext } from "@playwright/test";
import { ADMIN } from "./helpers/accounts";
import { apiGet, apiPost } from "./helpers/api";
import { saveScreenshotVariants } from "./helpers/screenshot-variants";
import { signIn } from "./helpers/sign-in";

/** One tools/call through the governed endpoint (stateless streamable HTTP). */
async function callTool(
  request: APIRequestContext,
  secret: string,
  name: string,
  args: unknown,
): Promise<void> {
  const response = await request.post("/api/mcp", {
    headers: { Authorization: `Bearer ${secret}`, Accept: "application/json, text/event-stream" },
    data: { jsonrpc: "2.0", id: 1, method: "tools/call", params: { name, arguments: args } },
  });
  expect(response.status(), await response.text()).toBeLessThan(500);
}

function tileNumber(text: string | null): number {
  return Number((text ?? "").replace(/[^0-9.]/g, "")) || 0;
}

test("an operator watches the metrics move while calls run, then drills from a tool's bar into the audit trail", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  await signIn(page, ADMIN.email, ADMIN.password);
  const key = await apiPost<{ secret: string }>(page, "/api/v1/keys", {
    name: `metrics-${Date.now().toString(36)}`,
    roles: ["service"],
  });
  await expect
    .poll(
      async () =>
        (await apiGet<{ overview: { servers?: { healthy: number } } }>(page, "/api/v1/overview")).overview
          .servers?.healthy,
      {
        timeout: 30_000,
      },
    )
    .toBeGreaterThan(0);

  await page.getByRole("link", { name: "Metrics", exact: true }).click();
  await expect(page).toHaveURL(/\/metrics/);
  await page.getByRole("radio", { name: "15m" }).click();
  await expect(page).toHaveURL(/range=15m/);
  await expect(page.getByTestId("live-state")).toHaveText("Live");
  const calls = page.getByTestId("tile-Calls");
  const before = tileNumber(await calls.textContent());

  await test.step("calls run; the figures move without a reload", async () => {
    const navigations: string[] = [];
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });
    for (let i = 0; i < 12; i++)
      await callTool(request, key.secret, "everything__echo", { message: `m${i}` });
    // Past the service role's burst of 10, the gateway refuses: "rate_limited" on the tool's chart.
    // Each process writes its rollups every 10 s; the page refreshes every 5 s.
    await expect
      .poll(async () => tileNumber(await calls.textContent()), { timeout: 40_000 })
      .toBeGreaterThanOrEqual(before + 12);
    expect(navigations).toEqual([]);
    await expect(page.getByRole("table", { name: "Top tools by calls" })).toContainText("everything/echo");
    await saveScreenshotVariants(page, "metrics-overview");
  });

  await test.step("pause stops the live refresh", async () => {
    await page.getByRole("button", { name: "Pause" }).click();
    await expect(page.getByTestId("live-state")).toHaveText("Paused");
    await page.getByRole("button", { name: "Resume" }).click();
    await expect(page.getByTestId("live-state")).toHaveText("Live");
  });

  await test.step("the tool's dashboard shows its outcomes; a bar opens those calls in the audit trail", async () => {
    await page
      .getByRole("table", { name: "Top tools by calls" })
      .getByRole("link", { name: "everything/echo" })
      .click();
    await expect(page).toHaveURL(/\/metrics\/servers\/everything\/tools\/echo\?range=15m/);
    await expect(page.getByRole("heading", { name: "Outcome totals" })).toBeVisible();
    await saveScreenshotVariants(page, "metrics-tool");
    await page.getByRole("link", { name: "rate limited" }).click();
    await expect(page).toHaveURL(/\/audit\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get("category")).toBe("gateway");
    expect(url.searchParams.get("tool")).toBe("everything/echo");
    expect(url.searchParams.get("result")).toBe("denied");
    expect(url.searchParams.get("q")).toBe("rate_limited");
    expect(url.searchParams.get("from")).toBeTruthy();
  });

  await test.step("the server's dashboard has health and breaker bands", async () => {
    await page.goto("/metrics/servers/everything?range=1h");
    await expect(page.getByRole("list", { name: "Health checks" })).toBeVisible();
    await expect(
      page.getByRole("list", { name: "Circuit breaker" }).getByRole("listitem").first(),
    ).toBeVisible();
    await saveScreenshotVariants(page, "metrics-server");
  });
});
