import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, uniqueEmail } from "./helpers/accounts";
import { apiPost, createUser, refusal, writeHeaders } from "./helpers/api";
import { saveScreenshot } from "./helpers/screenshot";
import { saveScreenshotVariants } from "./helpers/screenshot-variants";
import { signIn } from "./helpers/sign-in";
import { signInElsewhere } from "./helpers/sign-in-elsewhere";

// Journey: data-subject requests under four eyes. Auditor A receives a person's erasure request in
// the console and verifies their identity; A cannot approve it (four eyes), auditor B does; the
// erasure runs to completed and its signed certificate shows its counts and downloads as JSON.
// Then an access request: its export and signed manifest download (and verify offline when the
// CLI has `privacy verify-export`).

const ROOT = path.resolve(__dirname, "..");

/** `npm run cli -- privacy <command> …` when the command exists; null when this build has none. */
function runPrivacyCli(command: string, args: string[]): string | null {
  if (!existsSync(path.join(ROOT, "cli", `privacy-${command}-command.ts`))) return null;
  return execFileSync("npm", ["run", "--silent", "cli", "--", "privacy", command, ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
}

/** Records a request through "New request" and waits for its page; returns its id. */
async function receiveRequest(page: Page, type: "Access" | "Erasure", email: string): Promise<string> {
  await page.goto("/privacy/requests");
  await page.getByRole("button", { name: "New request" }).click();
  const dialog = page.getByRole("dialog", { name: "New request" });
  await dialog.getByRole("radio", { name: type }).check();
  await dialog.getByLabel("Identify the person by").selectOption("email");
  await dialog.getByRole("textbox", { name: "Email" }).fill(email);
  await dialog.getByRole("button", { name: "Record request" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${type} request` })).toBeVisible();
  const id = (await page.locator("main code").first().textContent())?.trim() ?? "";
  expect(id).toMatch(/^dsr_/);
  return id;
}

async function verifyIdentity(page: Page) {
  await page.getByRole("button", { name: "Verify identity" }).click();
  const dialog = page.getByRole("dialog", { name: "Verify identity" });
  await dialog.getByLabel("Method").selectOption("id_document");
  await dialog.getByLabel("Reference").fill("ticket DSR-4711");
  await dialog.getByRole("button", { name: "Record verification" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Identity verified");
}

async function approve(page: Page, id: string) {
  await page.goto(`/privacy/requests/${id}`);
  await page.getByRole("button", { name: "Approve" }).click();
  await page
    .getByRole("dialog", { name: "Approve this request?" })
    .getByRole("button", { name: "Approve" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Approved");
}

/** Waits until the polled page shows the request completed (it refetches every 2 s while executing). */
async function expectCompleted(page: Page) {
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText(/Completed|Failed/, { timeout: 60_000 });
  // A failed job says why on the page: show that rather than a timeout.
  const failure = (await heading.textContent())?.includes("Failed")
    ? await page.getByRole("alert").filter({ hasText: "The execution failed" }).textContent()
    : null;
  expect(failure, "the execution should not fail").toBeNull();
  await expect(heading).toContainText("Completed");
}

test("two auditors take an erasure through four eyes to a signed certificate; an access export downloads with its manifest", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  await signIn(page, ADMIN.email, ADMIN.password);
  const auditorA = await createUser(page, uniqueEmail("auditor-a"), ["auditor"]);
  const auditorB = await createUser(page, uniqueEmail("auditor-b"), ["auditor"]);
  const erased = uniqueEmail("erase-me");
  const exported = uniqueEmail("export-me");
  // Two people the registry knows, so each request finds someone.
  await apiPost(page, "/api/v1/privacy/subjects", { email: erased });
  await apiPost(page, "/api/v1/privacy/subjects", { email: exported });

  const a = await signInElsewhere(browser, auditorA.email, auditorA.password);
  const b = await signInElsewhere(browser, auditorB.email, auditorB.password);

  let erasureId = "";
  await test.step("auditor A receives an erasure request in the console", async () => {
    await a.goto("/privacy/requests");
    await expect(
      a.getByRole("navigation", { name: "Console sections" }).getByRole("link", { name: "Requests" }),
    ).toHaveAttribute("aria-current", "page");
    await expect(a.getByRole("list", { name: "Deadlines" })).toBeVisible();
    // By keyboard: the dialog opens on Enter, takes focus, and Escape returns it to the button.
    const newRequest = a.getByRole("button", { name: "New request" });
    await newRequest.focus();
    await a.keyboard.press("Enter");
    const dialog = a.getByRole("dialog", { name: "New request" });
    await expect(dialog).toBeVisible();
    await a.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(newRequest).toBeFocused();
    await a.keyboard.press("Enter");
    await dialog.getByRole("button", { name: "Record request" }).click();
    await expect(dialog.getByText("Enter the identifier")).toBeVisible();
    // The API's own message, from its error envelope, at the field it is about.
    await dialog.getByRole("textbox", { name: "Email" }).fill("not-an-address");
    await dialog.getByRole("button", { name: "Record request" }).click();
    await expect(a.locator("#new-request-value-error")).toHaveText("Enter a valid email address");
    await expect(dialog.getByRole("textbox", { name: "Email" })).toHaveAttribute("aria-invalid", "true");
    await saveScreenshot(a, "privacy-requests-01-new-request-invalid");
    await dialog.getByRole("button", { name: "Cancel" }).click();

    erasureId = await receiveRequest(a, "Erasure", erased);
    await expect(a.getByRole("link", { name: /^ds_/ })).toBeVisible();
    await expect(a.getByRole("table", { name: "Timeline" })).toContainText("Received");
    await saveScreenshotVariants(a, "privacy-requests-02-received");
  });

  await test.step("the list shows it with its deadline, filters live in the URL, the overview counts it", async () => {
    await a.goto("/privacy/requests");
    const table = a.getByRole("table", { name: "Requests" });
    const row = table.getByRole("row").filter({ has: a.getByRole("link", { name: erasureId }) });
    await expect(row).toContainText("Erasure");
    await expect(row).toContainText("Received");
    await expect(row).toContainText("e***@example.test");
    await a.getByLabel("State").selectOption("received");
    await expect(a).toHaveURL(/state=received/);
    await expect(row).toBeVisible();
    await a.reload();
    await expect(a.getByLabel("State")).toHaveValue("received");
    await expect(row).toBeVisible();
    await saveScreenshotVariants(a, "privacy-requests-03-list");
    await a.getByLabel("Due").selectOption("overdue");
    await expect(a).toHaveURL(/state=received&due=overdue/);
    await expect(a.getByText("No requests match these filters")).toBeVisible();

    await a.goto("/overview");
    const card = a.getByRole("region", { name: "Data-subject requests" });
    await expect(card.getByRole("link", { name: /^Open/ })).toContainText(/[1-9]/);
    await expect(card.getByRole("link", { name: /Overdue/ })).toHaveAttribute(
      "href",
      "/privacy/requests?due=overdue",
    );
    await saveScreenshotVariants(a, "privacy-requests-04-overview");
    await a.goto(`/privacy/requests/${erasureId}`);
  });

  await test.step("A verifies the person's identity", async () => {
    await a.getByRole("button", { name: "Verify identity" }).click();
    const dialog = a.getByRole("dialog", { name: "Verify identity" });
    await dialog.getByRole("button", { name: "Record verification" }).click();
    await expect(dialog.getByText("Choose how identity was verified")).toBeVisible();
    await expect(dialog.getByText("Give a reference for the check")).toBeVisible();
    await dialog.getByLabel("Method").selectOption("id_document");
    await dialog.getByLabel("Reference").fill("ticket DSR-4711");
    await saveScreenshot(a, "privacy-requests-05-verify-dialog");
    await dialog.getByRole("button", { name: "Record verification" }).click();
    await expect(dialog).toBeHidden();
    await expect(a.getByRole("heading", { level: 1 })).toContainText("Identity verified");
  });

  await test.step("A cannot approve what A verified: the page says why, and the API refuses", async () => {
    await expect(a.getByTestId("four-eyes-notice")).toHaveText(
      "You received or verified this request; a second person must approve it.",
    );
    await expect(a.getByRole("button", { name: "Approve" })).toHaveCount(0);
    const response = await a.request.post(`/api/v1/privacy/requests/${erasureId}/approve`, {
      data: {},
      headers: writeHeaders(a),
    });
    expect(await refusal(response)).toEqual({ status: 403, code: "forbidden" });
    expect((await response.json()).error.details).toMatchObject({ reason: "four_eyes" });
    await saveScreenshotVariants(a, "privacy-requests-06-four-eyes");
  });

  await test.step("auditor B approves and executes the erasure, confirming with the request id", async () => {
    await approve(b, erasureId);
    await b.getByRole("button", { name: "Execute erasure" }).click();
    const dialog = b.getByRole("alertdialog", { name: "Erase this person?" });
    await dialog.getByRole("button", { name: "Erase permanently" }).click();
    await expect(dialog.getByText(`Type ${erasureId} to confirm`)).toBeVisible();
    await dialog.getByLabel(/Type the request id/).fill(erasureId);
    await saveScreenshot(b, "privacy-requests-07-execute-confirm");
    await dialog.getByRole("button", { name: "Erase permanently" }).click();
    await expectCompleted(b);
    const timeline = b.getByRole("table", { name: "Timeline" });
    for (const step of ["Received", "Identity verified", "Approved", "Execution started", "Completed"])
      await expect(timeline).toContainText(step);
    await saveScreenshotVariants(b, "privacy-requests-08-erasure-completed");
  });

  await test.step("the certificate page shows its counts; its JSON downloads and verifies", async () => {
    await b.getByRole("link", { name: "Certificate" }).click();
    const sheet = b.getByTestId("erasure-certificate");
    await expect(sheet.getByRole("heading", { name: "Erasure certificate" })).toBeVisible();
    await expect(sheet).toContainText(erasureId);
    await expect(sheet).toContainText("gatehouse-erasure-certificate-v1");
    await expect(sheet.getByRole("table").first()).toBeVisible();
    await expect(sheet.getByRole("table").first().locator("tbody tr").first()).toBeVisible();
    await saveScreenshotVariants(b, "privacy-requests-09-certificate");
    await b.emulateMedia({ media: "print" });
    await saveScreenshot(b, "privacy-requests-10-certificate-print");
    await expect(b.getByRole("navigation", { name: "Console sections" })).toBeHidden();
    await b.emulateMedia({ media: "screen" });

    const download = b.waitForEvent("download");
    await b.getByRole("link", { name: "Download JSON" }).click();
    const file = path.join(mkdtempSync(path.join(tmpdir(), "gatehouse-e2e-cert-")), "certificate.json");
    await (await download).saveAs(file);
    const certificate = JSON.parse(readFileSync(file, "utf8"));
    expect(JSON.stringify(certificate)).toContain(erasureId);
    expect(JSON.stringify(certificate)).toContain("gatehouse-erasure-certificate-v1");
    // The CLI exits non-zero (and execFileSync throws) when the certificate does not verify.
    const verified = runPrivacyCli("verify-certificate", [file]);
    if (verified !== null) expect(verified).toContain("✓ signature");
  });

  let accessId = "";
  await test.step("an access request completes and its export and manifest download", async () => {
    accessId = await receiveRequest(a, "Access", exported);
    await verifyIdentity(a);
    await approve(b, accessId);
    await b.getByRole("button", { name: "Execute", exact: true }).click();
    await b
      .getByRole("dialog", { name: "Execute this access request?" })
      .getByRole("button", { name: "Execute" })
      .click();
    await expectCompleted(b);

    const exports = b.getByRole("region", { name: "Exports" });
    await exports.getByRole("radio", { name: "JSON" }).check();
    await exports.getByRole("button", { name: "New export" }).click();
    const row = exports.getByRole("table", { name: "Exports" }).locator("tbody tr").first();
    await expect(row).toContainText("Ready", { timeout: 60_000 });
    await saveScreenshotVariants(b, "privacy-requests-12-access-exports");

    const dir = mkdtempSync(path.join(tmpdir(), "gatehouse-e2e-access-"));
    const fileDownload = b.waitForEvent("download");
    await row.getByRole("link", { name: /Download file/ }).click();
    const exportFile = await fileDownload;
    const filePath = path.join(dir, exportFile.suggestedFilename());
    await exportFile.saveAs(filePath);
    const manifestDownload = b.waitForEvent("download");
    await row.getByRole("link", { name: /Download manifest/ }).click();
    const manifest = await manifestDownload;
    const manifestPath = path.join(dir, manifest.suggestedFilename());
    await manifest.saveAs(manifestPath);
    expect(readFileSync(filePath).length).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(manifestPath, "utf8"))).toBeTruthy();
    const verified = runPrivacyCli("verify-export", [filePath, manifestPath]);
    if (verified !== null) expect(verified).toContain("The access export matches its manifest.");
  });

  await test.step("the completed requests are listed under their state", async () => {
    await a.goto("/privacy/requests?state=completed&type=erasure");
    const table = a.getByRole("table", { name: "Requests" });
    await expect(table.getByRole("link", { name: erasureId })).toBeVisible();
    await expect(table.getByRole("link", { name: accessId })).toHaveCount(0);
    await a.getByLabel("Type").selectOption("");
    await expect(a).toHaveURL(/\/privacy\/requests\?state=completed$/);
    await expect(table.getByRole("link", { name: accessId })).toBeVisible();
    await saveScreenshotVariants(a, "privacy-requests-13-list-completed");
  });

  await a.context().close();
  await b.context().close();
});

test("an erasure waits on hold while a legal hold covers the person, names the hold, and completes once it is released", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signIn(page, ADMIN.email, ADMIN.password);
  const auditor = await createUser(page, uniqueEmail("auditor-hold"), ["auditor"]);
  const held = uniqueEmail("held");
  await apiPost(page, "/api/v1/privacy/subjects", { email: held });
  const reason = `Litigation ${Date.now().toString(36)}`;
  const { hold } = await apiPost<{ hold: { id: string } }>(page, "/api/v1/audit/holds", {
    reason,
    subjectEmail: held,
  });

  // The admin receives and verifies; the auditor, a second person, approves and executes.
  const id = await receiveRequest(page, "Erasure", held);
  await verifyIdentity(page);
  const auditorPage = await signInElsewhere(browser, auditor.email, auditor.password);
  await approve(auditorPage, id);
  await auditorPage.getByRole("button", { name: "Execute erasure" }).click();
  const dialog = auditorPage.getByRole("alertdialog", { name: "Erase this person?" });
  await dialog.getByLabel(/Type the request id/).fill(id);
  await dialog.getByRole("button", { name: "Erase permanently" }).click();

  await expect(auditorPage.getByRole("heading", { level: 1 })).toContainText("On hold");
  await expect(auditorPage.getByTestId("blocking-hold")).toContainText(reason);
  await saveScreenshotVariants(auditorPage, "privacy-requests-hold-01-on-hold");

  const released = await page.request.post(`/api/v1/audit/holds/${hold.id}/release`, {
    data: {},
    headers: writeHeaders(page),
  });
  expect(released.ok(), await released.text()).toBe(true);
  // The sweep picks the request up again (every 30 s); the page polls until it has finished.
  await auditorPage.reload();
  await expectCompleted(auditorPage);
  await expect(auditorPage.getByRole("table", { name: "Timeline" })).toContainText("Hold released");
  await auditorPage.context().close();
});
