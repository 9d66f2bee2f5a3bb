import { expect, test, type Page } from "@playwright/test";
import { ADMIN, uniqueEmail } from "./helpers/accounts";
import { createUser, refusal } from "./helpers/api";
import { saveScreenshotVariants } from "./helpers/screenshot-variants";
import { signIn } from "./helpers/sign-in";
import { signInElsewhere } from "./helpers/sign-in-elsewhere";

/** An email as the audit views show a person's label: partial, the first letter and the domain. */
function maskedEmail(email: string): string {
  return email.replace(/^(.)[^@]*/, "$1***");
}

/** Same-origin writes from the admin's page, tagged with a correlation id as a client tying requests together would. */
async function sendCorrelated(
  page: Page,
  method: "POST" | "DELETE",
  url: string,
  correlationId: string,
  data?: unknown,
) {
  const response = await page.request.fetch(url, {
    method,
    data,
    headers: { Origin: new URL(page.url()).origin, "X-Correlation-Id": correlationId },
  });
  expect(response.ok(), `${url} answered ${response.status()}: ${await response.text()}`).toBe(true);
  return response.json();
}

test("a compliance officer searches the audit trail, opens an event and follows its correlation", async ({
  page,
  browser,
}) => {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const keyName = `audit-e2e-key-${suffix}`;
  const correlationId = `e2e-onboarding-${suffix}`;
  const newcomer = uniqueEmail("newcomer");

  await signIn(page, ADMIN.email, ADMIN.password);
  const officer = await createUser(page, uniqueEmail("officer"), ["compliance_officer"]);
  // Three changes under one correlation id: a user and a key created, then the key revoked.
  await sendCorrelated(page, "POST", "/api/v1/users", correlationId, {
    email: newcomer,
    password: "newcomer-password-123",
    roles: ["viewer"],
  });
  const { key } = await sendCorrelated(page, "POST", "/api/v1/keys", correlationId, {
    name: keyName,
    roles: ["viewer"],
  });
  await sendCorrelated(page, "DELETE", `/api/v1/keys/${key.id}`, correlationId);

  const officerPage = await signInElsewhere(browser, officer.email, officer.password);
  await officerPage.goto("/audit");
  await expect(officerPage.getByRole("heading", { name: "Audit trail" })).toBeVisible();
  const table = officerPage.getByRole("table", { name: "Audit events" });
  const rows = table.locator("tbody tr");
  await expect(rows.first()).toBeVisible();

  await test.step("filter by category and free text: the URL carries both, the page is not reloaded", async () => {
    // Survives only if the results change in place rather than by loading a new page.
    await officerPage.evaluate(() => Object.assign(window, { auditPageMarker: "still here" }));
    await officerPage.getByLabel("Category").click();
    await officerPage.getByRole("menuitemcheckbox", { name: "API keys" }).click();
    await officerPage.keyboard.press("Escape");
    await expect(officerPage).toHaveURL(/[?&]category=key(&|$)/);
    await expect(officerPage.getByLabel("Category")).toHaveText("API keys");

    await officerPage.getByLabel("Search", { exact: true }).fill(keyName.toUpperCase());
    await expect(officerPage).toHaveURL(new RegExp(`[?&]q=${keyName.toUpperCase()}(&|$)`));
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText("revoke");
    await expect(rows.nth(1)).toContainText("create");
    // People's labels are masked in the audit views (a***@example.test) unless revealed.
    await expect(rows.nth(0)).toContainText(maskedEmail(ADMIN.email));
    // The target is the key's id, shown by the key's name.
    await expect(rows.nth(0)).toContainText(keyName);
    await expect(officerPage.getByTestId("audit-count")).toHaveText("2 events shown");
    expect(await officerPage.evaluate(() => Reflect.get(window, "auditPageMarker"))).toBe("still here");
    // Local time on screen, the stored ISO instant on hover.
    await expect(rows.nth(0).locator("time")).toHaveAttribute(
      "title",
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/,
    );
  });

  await test.step("a reload keeps the search", async () => {
    await officerPage.reload();
    await expect(officerPage.getByLabel("Search", { exact: true })).toHaveValue(keyName.toUpperCase());
    await expect(officerPage.getByLabel("Category")).toHaveText("API keys");
    await expect(rows).toHaveCount(2);
    await saveScreenshotVariants(officerPage, "audit-search");
  });

  await test.step("Enter on a row opens its detail; Escape closes it", async () => {
    await rows.nth(1).focus();
    await officerPage.keyboard.press("Enter");
    const panel = officerPage.getByRole("dialog");
    await expect(panel).toBeVisible();
    await expect(officerPage).toHaveURL(/[?&]event=\d+/);
    await expect(panel).toContainText("key · create");
    await expect(panel).toContainText(maskedEmail(ADMIN.email));
    await expect(panel).toContainText(correlationId);
    await expect(panel.getByLabel("Details")).toContainText(`"name": "${keyName}"`);
    await expect(panel.getByTestId("event-hash")).toHaveText(/^[0-9a-f]{64}$/);
    await saveScreenshotVariants(officerPage, "audit-detail");
    await officerPage.keyboard.press("Escape");
    await expect(panel).toBeHidden();
    await expect(officerPage).not.toHaveURL(/[?&]event=/);
    await expect(rows.nth(1)).toBeFocused();
  });

  await test.step("all events of the correlation, one click away", async () => {
    await rows.nth(0).click();
    await officerPage
      .getByRole("dialog")
      .getByRole("button", { name: "All events of this correlation" })
      .click();
    await expect(officerPage.getByRole("dialog")).toBeHidden();
    await expect(officerPage).toHaveURL(new RegExp(`\\?correlationId=${correlationId}$`));
    await expect(officerPage.getByLabel("Search", { exact: true })).toHaveValue("");
    await expect(officerPage.getByLabel("Correlation id")).toHaveValue(correlationId);
    await expect(rows).toHaveCount(3);
    const categoryAndAction = async (n: number) =>
      (await rows.nth(n).getByRole("cell").allInnerTexts()).slice(1, 3);
    expect([await categoryAndAction(0), await categoryAndAction(1), await categoryAndAction(2)]).toEqual([
      ["key", "revoke"],
      ["key", "create"],
      ["user", "create"],
    ]);
  });

  await test.step("a filter that matches nothing offers to clear the filters", async () => {
    await officerPage.getByLabel("Search", { exact: true }).fill(`nothing-like-this-${suffix}`);
    await expect(officerPage.getByText("No events match these filters")).toBeVisible();
    await officerPage.getByRole("button", { name: "Clear filters" }).first().click();
    await expect(officerPage).toHaveURL(/\/audit$/);
    await expect(rows.first()).toBeVisible();
  });
  await officerPage.context().close();
});

test("viewers and operators get no audit trail, in the console or from the API", async ({
  page,
  browser,
}) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  for (const role of ["viewer", "operator"]) {
    const user = await createUser(page, uniqueEmail(role), [role]);
    const userPage = await signInElsewhere(browser, user.email, user.password);
    await userPage.goto("/audit");
    await expect(userPage.getByText("You do not have access")).toBeVisible();
    await expect(userPage.getByRole("table", { name: "Audit events" })).toHaveCount(0);
    expect(await refusal(await userPage.request.get("/api/v1/audit/events"))).toEqual({
      status: 403,
      code: "forbidden",
    });
    expect(await refusal(await userPage.request.get("/api/v1/audit/facets"))).toEqual({
      status: 403,
      code: "forbidden",
    });
    await userPage.context().close();
  }
});
