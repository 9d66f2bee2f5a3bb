import path from "node:path";
import { expect, test } from "@playwright/test";
import { ADMIN } from "./helpers/accounts";
import { apiGet, apiPost } from "./helpers/api";
import { saveScreenshotVariants } from "./helpers/screenshot-variants";
import { signIn } from "./helpers/sign-in";

type Rule = {
  builtIn: string | null;
  threshold: number;
  forSeconds: number;
  severity: string;
  isEnabled: boolean;
};

test("an operator edits a built-in alert rule, adds a webhook, and sees a firing alert in the header", async ({
  page,
}) => {
  // The alert fires at an evaluation (every 30 s), which the header's poll (every 30 s) then shows.
  test.setTimeout(150_000);
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/metrics/alerts");
  await expect(page.getByRole("heading", { name: "Alerts", level: 1 })).toBeVisible();
  const row = page.getByTestId("alert-rule-row").filter({ hasText: "p95 latency above 5 s" });
  await expect(row).toContainText("> 5000 ms at once");
  await expect(page.getByTestId("alert-rule-row")).toHaveCount(7);

  await test.step("edit threshold, for, severity, and switch it off", async () => {
    await row.getByRole("button", { name: "Edit p95 latency above 5 s" }).click();
    const dialog = page.getByRole("dialog", { name: "Edit p95 latency above 5 s" });
    await dialog.getByLabel("Threshold", { exact: true }).fill("4000");
    await dialog.getByLabel("For (seconds)").fill("120");
    await dialog.getByLabel("Severity").selectOption("critical");
    // The dialog as seen: a full-page image would cut the overlay at the viewport's height.
    await page.screenshot({ path: path.join(__dirname, "artifacts", "alerts-edit-rule.png") });
    await dialog.getByRole("switch", { name: "Enabled" }).click();
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog).toBeHidden();
    await expect(row).toContainText("> 4000 ms for 2 min");
    await expect(row).toContainText("critical");
    await expect(row).toContainText("disabled");
    const { rules } = await apiGet<{ rules: Rule[] }>(page, "/api/v1/alerts/rules");
    expect(rules.find((r) => r.builtIn === "p95_latency")).toMatchObject({
      threshold: 4000,
      forSeconds: 120,
      severity: "critical",
      isEnabled: false,
    });
  });

  await test.step("a built-in rule has no delete button; a bad threshold is refused with a message", async () => {
    await expect(row.getByRole("button", { name: /^Delete/ })).toHaveCount(0);
    const errors = page.getByTestId("alert-rule-row").filter({ hasText: "Error rate above 5 %" });
    await errors.getByRole("button", { name: /^Edit/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Threshold", { exact: true }).fill("150");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog.getByText("Use a percentage between 0 and 100")).toBeVisible();
    await dialog.getByRole("button", { name: "Cancel" }).click();
  });

  await test.step("create a webhook: the secret is shown once", async () => {
    await page.getByRole("button", { name: "New webhook" }).click();
    const dialog = page.getByRole("dialog", { name: "New webhook" });
    await dialog.getByLabel("Name").fill("Ops channel");
    await dialog.getByLabel("URL").fill("https://hooks.example.test/services/T000/B000");
    await dialog.getByRole("button", { name: "Create webhook" }).click();
    await expect(page.getByTestId("secret-value")).toHaveText(/^whsec_/);
    await page.getByRole("button", { name: "Done" }).click();
    await expect(page.getByRole("table", { name: "Webhooks" })).toContainText("Ops channel");
    await expect(page.getByText(/whsec_/)).toHaveCount(0);
  });

  await test.step("a rule that holds fires: the header shows the count and links to the alerts", async () => {
    // Zero calls a second is always ≥ 0, so this rule fires at the next evaluation (every 30 s).
    await apiPost(page, "/api/v1/alerts/rules", {
      name: "Always true",
      metric: "calls_per_second",
      scope: "all",
      comparison: "gte",
      threshold: 0,
      forSeconds: 0,
      severity: "warning",
    });
    await page.goto("/overview");
    const badge = page.getByTestId("firing-alerts-badge");
    // Evaluation every 30 s, and the badge polls every 30 s.
    await expect(badge).toHaveText(/^[1-9]\d* firing$/, { timeout: 75_000 });
    await badge.click();
    await expect(page).toHaveURL(/\/metrics\/alerts$/);
    await expect(page.getByTestId("active-alert").filter({ hasText: "Always true" })).toContainText("firing");
    await expect(page.getByRole("table", { name: "Alert history" })).toContainText("firing");
  });

  // The toasts would cover the rules in the pictures.
  for (const close of await page.getByRole("button", { name: /^(Dismiss|Close)/ }).all())
    await close.click().catch(() => undefined);
  await saveScreenshotVariants(page, "alerts");
});
