import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { verifyExport } from "@/lib/audit/export/verify-export";
import { ADMIN, uniqueEmail } from "./helpers/accounts";
import { apiGet, apiPost, createUser, writeHeaders } from "./helpers/api";
import { saveScreenshot } from "./helpers/screenshot";
import { signIn } from "./helpers/sign-in";
import { signInElsewhere } from "./helpers/sign-in-elsewhere";

test("a compliance officer exports the current search as CSV, and the file verifies against its signed manifest", async ({
  page,
  browser,
}) => {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const keyName = `export-e2e-${suffix}`;

  await signIn(page, ADMIN.email, ADMIN.password);
  const officer = await createUser(page, uniqueEmail("exporter"), ["compliance_officer"]);
  // Two events to export: a key created, then revoked.
  const { key } = await apiPost<{ key: { id: string } }>(page, "/api/v1/keys", {
    name: keyName,
    roles: ["viewer"],
  });
  const revoked = await page.request.delete(`/api/v1/keys/${key.id}`, { headers: writeHeaders(page) });
  expect(revoked.ok()).toBe(true);

  const officerPage = await signInElsewhere(browser, officer.email, officer.password);
  await officerPage.goto(`/audit?category=key&q=${keyName}`);
  await expect(officerPage.getByRole("table", { name: "Audit events" }).locator("tbody tr")).toHaveCount(2);

  await officerPage.getByRole("button", { name: "Export" }).click();
  const dialog = officerPage.getByRole("dialog", { name: "Export audit events" });
  await expect(dialog.getByTestId("export-count")).toHaveText("2 events");
  await expect(dialog).toContainText("Category");
  await expect(dialog).toContainText(keyName);
  await expect(dialog.getByRole("radio", { name: "CSV" })).toBeChecked();
  await saveScreenshot(officerPage, "audit-export-dialog");

  const fileDownload = officerPage.waitForEvent("download");
  await dialog.getByRole("button", { name: "Export", exact: true }).click();
  const file = await fileDownload;
  await expect(dialog.getByTestId("export-done")).toContainText("Exported 2 events");
  await expect(dialog.getByRole("progressbar", { name: "Export progress" })).toHaveAttribute(
    "aria-valuenow",
    "100",
  );
  await expect(dialog).toContainText(/Signed with key ed25519:[0-9a-f]{16}/);
  await saveScreenshot(officerPage, "audit-export");

  const manifestDownload = officerPage.waitForEvent("download");
  await dialog.getByRole("link", { name: "Download manifest" }).click();
  const manifest = await manifestDownload;

  expect(file.suggestedFilename()).toMatch(/^gatehouse-audit-\d{8}T\d{6}Z\.csv$/);
  expect(manifest.suggestedFilename()).toBe(file.suggestedFilename().replace(/\.csv$/, ".manifest.json"));
  const dir = mkdtempSync(path.join(tmpdir(), "gatehouse-e2e-export-"));
  const filePath = path.join(dir, file.suggestedFilename());
  const manifestPath = path.join(dir, manifest.suggestedFilename());
  await file.saveAs(filePath);
  await manifest.saveAs(manifestPath);

  const { publicKeyPem } = await apiGet<{ publicKeyPem: string }>(officerPage, "/api/v1/audit/signing-key");
  const result = await verifyExport({ filePath, manifestPath, publicKeyPem });
  expect(result.checks.map((c) => `${c.name}:${c.status}`)).toEqual([
    "sha256:pass",
    "bytes:pass",
    "rows:pass",
    "signature:pass",
    "key:pass",
  ]);
  expect(result.checks.find((c) => c.name === "rows")?.message).toBe("2 records after the header");

  await test.step("the export is listed with its manifest, and is itself in the audit trail", async () => {
    await dialog.getByRole("button", { name: "New export" }).click();
    await dialog.getByText("Recent exports").click();
    await expect(
      dialog.getByRole("list", { name: "Recent exports" }).getByRole("listitem").first(),
    ).toContainText("2 events");
    await dialog.getByRole("button", { name: "Close" }).first().click();
    await officerPage.goto("/audit?category=audit");
    await expect(
      officerPage.getByRole("table", { name: "Audit events" }).locator("tbody tr").first(),
    ).toContainText("export");
  });
  await officerPage.context().close();
});
