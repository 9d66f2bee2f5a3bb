import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, uniqueEmail } from "./helpers/accounts";
import { createUser } from "./helpers/api";
import { saveFullScreenshot, saveScreenshotVariants } from "./helpers/screenshot-variants";

/** The viewport only: a full-page capture draws a modal's fixed overlay part-way down the page. */
async function saveDialogScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(__dirname, "artifacts", `${name}.png`) });
}

/** Closes the notifications so that they do not cover the page in a screenshot. */
async function dismissToasts(page: Page): Promise<void> {
  const buttons = page.getByRole("button", { name: "Dismiss notification" });
  // A toast may also leave on its own meanwhile, hence the short timeout and the bound.
  for (let i = 0; i < 10 && (await buttons.count()) > 0; i++)
    await buttons
      .first()
      .click({ timeout: 2_000 })
      .catch(() => undefined);
  await expect(buttons).toHaveCount(0);
}
import { signIn, signOut } from "./helpers/sign-in";

test("a compliance officer shortens a retention class, places and releases a legal hold, and runs retention", async ({
  page,
}) => {
  const reason = `Case ${Date.now().toString(36)}: keep the admin's actions`;
  await signIn(page, ADMIN.email, ADMIN.password);
  const officer = await createUser(page, uniqueEmail("officer"), ["compliance_officer"]);
  await signOut(page);
  await signIn(page, officer.email, officer.password);

  await test.step("the retention page lists the classes with their days", async () => {
    await page
      .getByRole("navigation", { name: "Console sections" })
      .getByRole("link", { name: "Retention" })
      .click();
    await expect(page.getByRole("heading", { name: "Retention", level: 1 })).toBeVisible();
    const classes = page.getByRole("table", { name: "Retention classes" });
    await expect(classes.getByRole("row")).toHaveCount(5);
    await expect(classes.getByLabel("Days to keep tool-call details")).toHaveValue("90");
    await expect(classes.locator("[data-retention-class=tool_call_details]")).toContainText(
      "Arguments dropped",
    );
  });

  await test.step("days are validated, and shortening asks for confirmation", async () => {
    const days = page.getByLabel("Days to keep sign-in events");
    // 400 on a fresh server; relative, so that a rerun against the same database works too.
    const current = Number(await days.inputValue());
    const shorter = current - 35;
    await days.fill("0");
    const row = page.locator("[data-retention-class=sign_in]");
    await row.getByRole("button", { name: "Save" }).click();
    await expect(row).toContainText("Keep events for at least 1 day");
    await expect(days).toHaveAttribute("aria-invalid", "true");

    await days.fill(String(shorter));
    await row.getByRole("button", { name: "Save" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Shorten retention of sign-in events?" });
    await expect(confirm).toContainText(`From ${current} to ${shorter} days`);
    await confirm.getByRole("button", { name: `Keep for ${shorter} days` }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByText(`Sign-in events are now kept for ${shorter} days.`)).toBeVisible();
    await expect(row).toContainText("Default 400 days");
    await expect(row.getByRole("button", { name: "Save" })).toHaveCount(0);
  });

  await test.step("a new legal hold is validated, then placed with an actor and a time range", async () => {
    await page.getByRole("button", { name: "New legal hold" }).click();
    const dialog = page.getByRole("dialog", { name: "New legal hold" });
    await dialog.getByRole("button", { name: "Place hold" }).click();
    await expect(dialog.getByText("Give a reason of at least 3 characters")).toBeVisible();
    await expect(dialog.getByRole("alert")).toContainText("Set at least one scope");

    await dialog.getByLabel("Reason").fill(reason);
    await dialog.getByLabel("From", { exact: true }).fill("2026-01-01T09:00");
    await dialog.getByLabel("To", { exact: true }).fill("2025-01-01T09:00");
    await dialog.getByRole("button", { name: "Place hold" }).click();
    await expect(dialog.getByText("The end must be after the start")).toBeVisible();

    await dialog.getByLabel("To", { exact: true }).fill("2026-12-31T18:00");
    await expect(dialog.getByText("The end must be after the start")).toBeHidden();
    await dialog.getByRole("radiogroup", { name: "Actor" }).getByText("User", { exact: true }).click();
    await dialog.getByLabel("Which user").fill(ADMIN.email.slice(0, 5));
    await dialog.getByRole("option", { name: new RegExp(ADMIN.email) }).click();
    await dialog.getByLabel("Data subject's email").fill("jane.doe@example.com");
    await saveDialogScreenshot(page, "audit-retention-new-hold");
    await dialog.getByRole("button", { name: "Place hold" }).click();
    await expect(dialog).toBeHidden();

    const hold = page
      .getByRole("table", { name: "Legal holds" })
      .getByRole("row")
      .filter({ hasText: reason });
    await expect(hold).toContainText("Active");
    await expect(hold).toContainText(`Actor ${ADMIN.email}`);
    await expect(hold).toContainText("About j***@example.com");
    await expect(hold).not.toContainText("jane.doe");
    await expect(hold).toContainText(`by ${officer.email}`);
  });

  await test.step("retention runs on demand and shows what it did", async () => {
    await page.getByRole("button", { name: "Run retention now" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Run retention now?" });
    await confirm.getByRole("button", { name: "Run retention" }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByTestId("retention-last-run")).toContainText("run by hand");
    await dismissToasts(page);
    await saveScreenshotVariants(page, "audit-retention");
  });

  await test.step("the hold is released after confirmation and stays listed", async () => {
    const hold = page
      .getByRole("table", { name: "Legal holds" })
      .getByRole("row")
      .filter({ hasText: reason });
    await hold.getByRole("button", { name: `Release hold: ${reason}` }).click();
    const confirm = page.getByRole("alertdialog", { name: "Release this legal hold?" });
    await confirm.getByRole("button", { name: "Release hold" }).click();
    await expect(confirm).toBeHidden();
    await expect(hold).toContainText("Released");
    await expect(hold).toContainText(`by ${officer.email}`);
    await expect(hold.getByRole("button", { name: /Release hold/ })).toHaveCount(0);
    await dismissToasts(page);
    await saveFullScreenshot(page, "audit-retention-released");
  });
});

test("an auditor reads retention but gets no editing controls", async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  const auditor = await createUser(page, uniqueEmail("auditor"), ["auditor"]);
  await signOut(page);
  await signIn(page, auditor.email, auditor.password);
  await page.goto("/audit/retention");
  await expect(page.getByRole("table", { name: "Retention classes" })).toBeVisible();
  await expect(page.getByRole("spinbutton")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Run retention now" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "New legal hold" })).toHaveCount(0);
});
