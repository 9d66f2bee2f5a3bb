import { expect, test, type Page } from "@playwright/test";
import { ADMIN, uniqueEmail } from "./helpers/accounts";
import { createUser } from "./helpers/api";
import { saveScreenshot } from "./helpers/screenshot";
import { signIn, signOut } from "./helpers/sign-in";

/** The figure under a label in the sealing status. */
function sealingFigure(page: Page, label: string) {
  return page
    .getByTestId("sealing-status")
    .locator("div", { has: page.getByText(label, { exact: true }) })
    .locator("dd");
}

test("a compliance officer sees events sealed within seconds and verifies the chain; a viewer cannot", async ({
  page,
}) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  const officer = await createUser(page, uniqueEmail("integrity"), ["compliance_officer"]);
  const viewer = await createUser(page, uniqueEmail("integrity-viewer"), ["viewer"]);
  await signOut(page);
  await signIn(page, officer.email, officer.password);

  let sealedUpTo = 0;
  await test.step("the integrity page shows the events sealed, the officer's sign-in included, within seconds", async () => {
    await page
      .getByRole("navigation", { name: "Console sections" })
      .getByRole("link", { name: "Integrity" })
      .click();
    await expect(page.getByRole("heading", { name: "Integrity", level: 1 })).toBeVisible();
    // The server seals every 2 s and the page refreshes every 3 s.
    await expect(sealingFigure(page, "Waiting to be sealed")).toHaveText("0", { timeout: 15_000 });
    const text = await sealingFigure(page, "Sealed up to event").textContent();
    sealedUpTo = Number(text?.replace(/[^0-9]/g, ""));
    expect(sealedUpTo).toBeGreaterThan(0);
  });

  await test.step("Verify now recomputes the chain and shows how far it verified, and who ran it", async () => {
    await page.getByRole("button", { name: "Verify now" }).click();
    const result = page.getByTestId("verification-result");
    await expect(result).toContainText(/Verified up to event [\d,]+/);
    const verifiedUpTo = Number(
      (await result.textContent())?.match(/Verified up to event ([\d,]+)/)?.[1].replace(/,/g, ""),
    );
    expect(verifiedUpTo).toBeGreaterThanOrEqual(sealedUpTo);
    await expect(result).toContainText(`Run by ${officer.email}`);
    await expect(page.getByRole("button", { name: "Verify now" })).toBeEnabled();
    // The verification is itself an audit event: sealed within seconds too.
    await expect(sealingFigure(page, "Waiting to be sealed")).toHaveText("0", { timeout: 15_000 });
    await saveScreenshot(page, "audit-integrity");
  });

  await test.step("a viewer cannot open the page or call its API", async () => {
    await signOut(page);
    await signIn(page, viewer.email, viewer.password);
    await expect(
      page.getByRole("navigation", { name: "Console sections" }).getByRole("link", { name: "Integrity" }),
    ).toHaveCount(0);
    await page.goto("/audit/integrity");
    await expect(page.getByText("You do not have access")).toBeVisible();
    await expect(page.getByRole("button", { name: "Verify now" })).toHaveCount(0);
    expect((await page.request.get("/api/v1/audit/integrity")).status()).toBe(403);
  });
});
