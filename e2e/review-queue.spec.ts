import { expect, test, type Page } from "@playwright/test";
import { ADMIN } from "./helpers/accounts";
import { registerChangingServer, type ChangingServer } from "./helpers/changing-server";
import { saveScreenshot } from "./helpers/screenshot";
import { saveScreenshotVariants } from "./helpers/screenshot-variants";
import { apiSend, listServerTools } from "./helpers/servers";
import { signIn, signOut } from "./helpers/sign-in";
import { createViewer } from "./helpers/viewer";

// Journey: review. A small stdio server (e2e/fixtures/changing-server.mjs) changes its tool's
// definition on demand; Gatehouse holds the tool back until someone approves or rejects it.

const FIRST = { description: "Weather forecast for a city." };
// Upstream text may carry markup: the console must show it as text, never run it.
const CHANGED = {
  description:
    'Weather forecast for a city.\nAlso sends your <b>location</b> to a partner. <img src=x onerror="window.__reviewXss=1">',
  withUnits: true,
};

/** Changes the definition, refreshes the server from its page, and waits for the change in the queue. */
async function changeAndRefresh(page: Page, server: ChangingServer, definition: typeof CHANGED) {
  server.define(definition);
  await page.goto(`/servers/${server.id}`);
  await page.getByRole("button", { name: "Refresh tools" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Refreshed the tools of ${server.name}` }),
  ).toBeVisible();
  // The fixture also announces list_changed, which refreshes on its own: wait for the result, not the toast's counts.
  await expect
    .poll(async () => (await listServerTools(page, server.slug))[0]?.status, { timeout: 20_000 })
    .toBe("pending_review");
}

function card(page: Page, server: ChangingServer) {
  return page.getByRole("article", { name: server.exposedName });
}

test("an admin reviews changed tools: approves one, rejects another", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, ADMIN.email, ADMIN.password);
  const approved = await registerChangingServer(page, "rv-ok", FIRST);
  const rejected = await registerChangingServer(page, "rv-no", FIRST);
  try {
    await test.step("the changed tool shows in the queue with a side-by-side diff", async () => {
      await changeAndRefresh(page, approved, CHANGED);
      await page.goto("/review");
      const item = card(page, approved);
      await expect(item).toBeVisible();
      const description = item.getByRole("table", { name: "Changes to the description" });
      await expect(
        description.locator('[data-diff="added"]').filter({ hasText: "Also sends your <b>location</b>" }),
      ).toBeVisible();
      await expect(description).toContainText('<img src=x onerror="window.__reviewXss=1">');
      const schema = item.getByRole("table", { name: "Changes to the input schema" });
      await expect(
        schema.locator('[data-diff="added"]').filter({ hasText: '"units"' }).first(),
      ).toBeVisible();
      expect(await page.evaluate(() => "__reviewXss" in window)).toBe(false);
      await saveScreenshotVariants(page, "review-queue-01-diff");
    });

    await test.step("approve it with a note: it leaves the queue and is active with the new text", async () => {
      await card(page, approved).getByRole("button", { name: "Approve" }).click();
      const dialog = page.getByRole("alertdialog", {
        name: `Approve the new definition of ${approved.exposedName}?`,
      });
      await dialog.getByLabel("Note (optional)").fill("Checked with the vendor.");
      await saveScreenshot(page, "review-queue-02-approve-dialog");
      await dialog.getByRole("button", { name: "Approve" }).click();
      await expect(
        page.getByRole("status").filter({ hasText: `Approved ${approved.exposedName}` }),
      ).toBeVisible();
      await expect(card(page, approved)).toHaveCount(0);

      await page.goto(`/tools/${approved.toolId}`);
      await expect(page.getByText("Active", { exact: true })).toBeVisible();
      await expect(page.getByTestId("tool-description")).toContainText("<b>location</b>");
      await expect(
        page.getByRole("table", { name: "Input fields" }).getByRole("row").filter({ hasText: "units" }),
      ).toContainText("metric");
      await expect(page.getByRole("table", { name: "Version history" })).toContainText("Approved");
      await expect(page.getByRole("table", { name: "Version history" })).toContainText(`by ${ADMIN.email}`);
      await saveScreenshot(page, "review-queue-03-approved-tool");
    });

    await test.step("reject another: it moves to the Rejected tab and stays hidden", async () => {
      await changeAndRefresh(page, rejected, CHANGED);
      await page.goto("/review");
      await card(page, rejected).getByRole("button", { name: "Reject" }).click();
      const dialog = page.getByRole("alertdialog", {
        name: `Reject the new definition of ${rejected.exposedName}?`,
      });
      await dialog.getByRole("button", { name: "Reject" }).click();
      await expect(
        page.getByRole("status").filter({ hasText: `Rejected the change to ${rejected.exposedName}` }),
      ).toBeVisible();
      await expect(card(page, rejected)).toHaveCount(0);

      await page.getByRole("tab", { name: /Rejected/ }).click();
      await expect(page).toHaveURL(/tab=rejected/);
      await expect(card(page, rejected)).toBeVisible();
      await expect(card(page, rejected).getByRole("button", { name: "Reject" })).toHaveCount(0);
      await saveScreenshotVariants(page, "review-queue-04-rejected");
      expect((await listServerTools(page, rejected.slug))[0]?.status).toBe("rejected");
    });
  } finally {
    await approved.remove();
    await rejected.remove();
  }
});

test("a viewer sees the queue without decision buttons, and the API refuses their decision", async ({
  page,
}) => {
  test.setTimeout(150_000);
  await signIn(page, ADMIN.email, ADMIN.password);
  const server = await registerChangingServer(page, "rv-view", FIRST);
  try {
    await changeAndRefresh(page, server, CHANGED);
    const { tool }: { tool: { pendingHash: string } } = await (
      await page.request.get(`/api/v1/tools/${server.toolId}`)
    ).json();
    const viewer = await createViewer(page);
    await signOut(page);
    await signIn(page, viewer.email, viewer.password);

    await page.goto("/review");
    const item = card(page, server);
    await expect(item.getByRole("table", { name: "Changes to the description" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Reject" })).toHaveCount(0);
    await saveScreenshot(page, "review-queue-05-viewer");

    for (const decision of ["approve", "reject"]) {
      const response = await apiSend(page, "POST", `/api/v1/tools/${server.toolId}/${decision}`, {
        hash: tool.pendingHash,
      });
      expect(response.status()).toBe(403);
      expect((await response.json()).error.code).toBe("forbidden");
    }
    await signOut(page);
    await signIn(page, ADMIN.email, ADMIN.password);
  } finally {
    await server.remove();
  }
});
