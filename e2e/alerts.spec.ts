import path from "node:path";
import { expect, test } from "@playwright/test";
import { ADMIN } from "./helpers/accounts";
import { apiGet } from "./helpers/api";
import { saveScreenshotVariants } from "./helpers/screenshot-variants";
import { signIn } from "./helpers/sign-in";

type Rule = {
  builtIn: string | null;
  threshold: number;
  forSeconds: number;
  severity: string;
  isEnabled: boolean;
};

test("an operator edits a built-in alert rule and adds a webhook whose secret is shown once", async ({
  page,
}) => {
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

  // The toasts would cover the rules in the pictures.
  for (const close of await page.getByRole("button", { name: /^(Dismiss|Close)/ }).all())
    await close.click().catch(() => undefined);
  await saveScreenshotVariants(page, "alerts");
});
