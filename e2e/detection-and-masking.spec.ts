import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { ADMIN, uniqueEmail } from "./helpers/accounts";
import { apiGet, apiPost, createUser } from "./helpers/api";
import { saveScreenshot } from "./helpers/screenshot";
import { saveScreenshotVariants } from "./helpers/screenshot-variants";
import { apiSend, uniqueSuffix, waitForServerTools } from "./helpers/servers";
import { signIn, signOut } from "./helpers/sign-in";

// Journey: detection and masking. A compliance officer adds a custom detector for customer
// numbers and tries the detectors on sample text; adds a masking policy for the `service` role on
// `everything/echo`; an agent's echo comes back masked. In the audit trail the officer reveals a
// call's stored arguments with a reason, and the reveal is itself an audit event. The policy and
// the detector are deleted at the end: the specs after this one share the server.

const EMAIL = "jane.doe@example.com";
const CUSTOMER = "CUST-123456";
const MASKED_EMAIL = "j***@example.com";

type RpcAnswer = {
  result?: { content?: { type: string; text?: string }[] };
  error?: { code: number; message: string };
};

/** everything__echo as the agent calls it, tagged with a correlation id to find its audit event by. */
async function echoAsAgent(
  request: APIRequestContext,
  secret: string,
  message: string,
  correlationId: string,
): Promise<string> {
  const response = await request.post("/api/mcp", {
    data: {
      jsonrpc: "2.0",
      id: 1,
      method: "tools/call",
      params: { name: "everything__echo", arguments: { message } },
    },
    headers: {
      Authorization: `Bearer ${secret}`,
      Accept: "application/json, text/event-stream",
      "MCP-Protocol-Version": "2025-06-18",
      "X-Correlation-Id": correlationId,
    },
  });
  expect(response.status()).toBe(200);
  const answer = (await response.json()) as RpcAnswer;
  expect(answer.error).toBeUndefined();
  return answer.result?.content?.map((c) => c.text ?? "").join("\n") ?? "";
}

type Named = { id: string; name: string };

/** The id of a custom detector or policy by its name, through the API (`kind` names the list). */
async function idByName(page: Page, path: string, kind: "detectors" | "policies", name: string) {
  const list = await apiGet<Record<string, Named[]>>(page, path);
  const found = list[kind].find((item) => item.name === name);
  expect(found, `${name} in ${path}`).toBeTruthy();
  return found!.id;
}

const DETECTORS = "/api/v1/privacy/detectors";
const POLICIES = "/api/v1/privacy/masking-policies";

// What this run added and has not deleted yet: should a step fail, afterEach deletes it, because a
// masking policy on everything/echo would change what the later specs see.
const leftovers: { path: string; id: string }[] = [];

test.afterEach(async ({ page }) => {
  for (const { path, id } of leftovers.splice(0)) await apiSend(page, "DELETE", `${path}/${id}`);
});

/** Closes a success toast, so that it does not cover the screen in the next screenshot. */
async function dismissToast(page: Page, text: string) {
  const toast = page.getByRole("status").filter({ hasText: text });
  await expect(toast).toBeVisible();
  await toast.getByRole("button", { name: "Dismiss notification" }).click();
  await expect(toast).toBeHidden();
}

/** Opens the one gateway call of a correlation in the audit trail; returns its side panel. */
async function openCallEvent(page: Page, correlationId: string) {
  await page.goto(`/audit?correlationId=${correlationId}&category=gateway`);
  const row = page.getByRole("table", { name: "Audit events" }).getByRole("row").filter({
    hasText: "everything/echo",
  });
  await expect(row).toHaveCount(1);
  await row.click();
  const panel = page.getByRole("dialog", { name: /^Event \d+$/ });
  await expect(panel).toContainText("gateway · tools/call");
  return panel;
}

test("a compliance officer's detector and masking policy mask an agent's echo; a reveal with a reason is audited", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const suffix = uniqueSuffix();
  const detectorName = `Customer number ${suffix}`;
  const policyName = `Service echo ${suffix}`;
  const message = `Please write to ${EMAIL} about order ${CUSTOMER}.`;

  await signIn(page, ADMIN.email, ADMIN.password);
  await waitForServerTools(page, "everything");
  const officer = await createUser(page, uniqueEmail("officer"), ["compliance_officer"]);
  const { secret } = await apiPost<{ secret: string }>(page, "/api/v1/keys", {
    name: `masking-agent-${suffix}`,
    roles: ["service"],
  });
  await signOut(page);
  await signIn(page, officer.email, officer.password);

  await test.step("the officer adds a custom detector; a sample it does not match is refused", async () => {
    await page.goto("/privacy/detection");
    await expect(page.getByRole("heading", { level: 1, name: "Detection" })).toBeVisible();
    await page.getByRole("button", { name: "New detector" }).click();
    const dialog = page.getByRole("dialog", { name: "New detector" });
    await dialog.getByRole("textbox", { name: "Name", exact: true }).fill(detectorName);
    await dialog.getByRole("textbox", { name: "Pattern" }).fill("CUST-\\d{6}");
    await dialog.getByRole("textbox", { name: "Sample" }).fill("CUST-12");
    await dialog.getByRole("button", { name: "Add detector" }).click();
    await expect(dialog.getByText("The pattern does not match the sample.")).toBeVisible();
    await saveScreenshot(page, "detection-and-masking-01-detector-refused");
    const { detectors } = await apiGet<{ detectors: Named[] }>(page, DETECTORS);
    expect(detectors.map((d) => d.name)).not.toContain(detectorName);

    await dialog.getByRole("textbox", { name: "Sample" }).fill(CUSTOMER);
    await dialog.getByRole("button", { name: "Add detector" }).click();
    await expect(dialog).toBeHidden();
    await dismissToast(page, `Added detector ${detectorName}.`);
    leftovers.push({ path: DETECTORS, id: await idByName(page, DETECTORS, "detectors", detectorName) });
    const row = page
      .getByRole("table", { name: "Custom detectors" })
      .getByRole("row", { name: detectorName });
    await expect(row).toContainText("/CUST-\\d{6}/");
    await expect(row).toContainText(CUSTOMER);
  });

  await test.step("the test panel finds the email, phone, card and customer number, with each strategy's preview", async () => {
    await page
      .getByRole("textbox", { name: "Sample text" })
      .fill(`Contact ${EMAIL} or +1 415-555-1234. Card 4111 1111 1111 1111, customer ${CUSTOMER}.`);
    await page.getByRole("button", { name: "Detect", exact: true }).click();
    await expect(page.getByText("4 values found.")).toBeVisible();

    const marks = page.getByRole("figure", { name: "Findings in the text" }).locator("mark");
    await expect(marks).toHaveCount(4);
    for (const value of [EMAIL, "+1 415-555-1234", "4111 1111 1111 1111", CUSTOMER])
      await expect(marks.filter({ hasText: value })).toHaveCount(1);

    const findings = page.getByRole("table", { name: "Findings" });
    for (const [detector, value] of [
      ["Email address", EMAIL],
      ["Phone number", "+1 415-555-1234"],
      ["Payment card number", "4111 1111 1111 1111"],
      [detectorName, CUSTOMER],
    ])
      await expect(findings.getByRole("row").filter({ hasText: detector })).toContainText(value);

    const strategies = page.getByRole("region", { name: "Each strategy" });
    for (const label of ["Full", "Partial", "Hash", "Tokenize", "Redact"])
      await expect(strategies.getByRole("listitem").filter({ hasText: new RegExp(`^${label}`) })).toHaveCount(
        1,
      );
    const partial = strategies.getByRole("listitem").filter({ hasText: /^Partial/ });
    await expect(partial).toContainText(MASKED_EMAIL);
    await expect(partial).not.toContainText(EMAIL);
    await expect(partial).not.toContainText(CUSTOMER);
    await expect(strategies.getByRole("listitem").filter({ hasText: /^Tokenize/ })).toContainText("<EMAIL_");
    await saveScreenshot(page, "detection-and-masking-02-detection-test");
  });

  await test.step("the officer adds a partial masking policy for the service role on everything/echo", async () => {
    await page.goto("/privacy/masking");
    await page.getByRole("button", { name: "New policy" }).click();
    const dialog = page.getByRole("dialog", { name: "New masking policy" });
    await dialog.getByRole("textbox", { name: "Name", exact: true }).fill(policyName);
    // A text field stands in for the role list until the roles have loaded.
    await dialog.getByRole("combobox", { name: "Role" }).selectOption("service");
    await dialog.getByRole("combobox", { name: "Tools" }).fill("everything/echo");
    await expect(dialog.getByRole("checkbox", { name: "All detectors" })).toBeChecked();
    await dialog.getByRole("radio", { name: /^Partial/ }).check();
    await dialog
      .getByRole("radiogroup", { name: "Applies to" })
      .getByRole("radio", { name: "Results and stored arguments" })
      .check();
    await dialog.getByRole("button", { name: "Add policy" }).click();
    await expect(dialog).toBeHidden();
    await dismissToast(page, `Added policy ${policyName}`);
    leftovers.push({ path: POLICIES, id: await idByName(page, POLICIES, "policies", policyName) });
    const row = page.getByRole("table", { name: "Masking policies" }).getByRole("row", { name: policyName });
    for (const text of ["everything/echo", "service", "All", "Partial", "Results and stored arguments"])
      await expect(row).toContainText(text);
    await saveScreenshot(page, "detection-and-masking-03-masking-policies");
  });

  const storedMaskedId = `e2e-mask-stored-${suffix}`;
  await test.step("the agent's echo comes back masked: no plain email, no plain customer number", async () => {
    const text = await echoAsAgent(request, secret, message, storedMaskedId);
    expect(text).toContain(MASKED_EMAIL);
    expect(text).not.toContain(EMAIL);
    expect(text).not.toContain(CUSTOMER);
  });

  await test.step("the audit trail stored the call's arguments masked as well", async () => {
    const panel = await openCallEvent(page, storedMaskedId);
    const stored = panel.getByLabel("Tool arguments");
    await expect(stored).toContainText(MASKED_EMAIL);
    await expect(stored).not.toContainText(EMAIL);
    await expect(stored).not.toContainText(CUSTOMER);
    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();
  });

  // Masked when stored, the values are gone for good: a reveal has nothing to bring back. For the
  // reveal, the policy now masks only what reaches the agent, and the audit views mask the rest.
  await test.step("the officer narrows the policy to tool results", async () => {
    await page.goto("/privacy/masking");
    await page.getByRole("button", { name: `Edit ${policyName}` }).click();
    const dialog = page.getByRole("dialog", { name: `Edit ${policyName}` });
    await dialog
      .getByRole("radiogroup", { name: "Applies to" })
      .getByRole("radio", { name: "Tool results" })
      .check();
    await dialog.getByRole("button", { name: "Save", exact: true }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByRole("table", { name: "Masking policies" }).getByRole("row", { name: policyName });
    await expect(row).toContainText("Tool results");
  });

  const revealId = `e2e-mask-reveal-${suffix}`;
  const reason = `Ticket PRIV-${suffix}: the customer asked what was sent`;
  let eventId = "";
  await test.step("the officer reveals the call's arguments, with a reason", async () => {
    const text = await echoAsAgent(request, secret, message, revealId);
    expect(text).toContain(MASKED_EMAIL);
    expect(text).not.toContain(EMAIL);

    const panel = await openCallEvent(page, revealId);
    eventId = new URL(page.url()).searchParams.get("event") ?? "";
    expect(eventId).toMatch(/^\d+$/);
    await expect(panel.getByRole("note").filter({ hasText: "Personal values are masked." })).toBeVisible();
    const stored = panel.getByLabel("Tool arguments");
    await expect(stored).toContainText(MASKED_EMAIL);
    await expect(stored).not.toContainText(EMAIL);
    await stored.scrollIntoViewIfNeeded();
    await saveScreenshotVariants(page, "detection-and-masking-04-audit-masked");

    await panel.getByRole("button", { name: "Reveal", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Reveal personal values" });
    await dialog.getByRole("textbox", { name: "Reason" }).fill("because");
    await dialog.getByRole("button", { name: "Reveal", exact: true }).click();
    await expect(dialog.getByText("Say why, in at least 10 characters")).toBeVisible();
    await expect(stored).not.toContainText(EMAIL);

    await dialog.getByRole("textbox", { name: "Reason" }).fill(reason);
    await dialog.getByRole("button", { name: "Reveal", exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(panel.getByRole("status").filter({ hasText: "Revealed." })).toBeVisible();
    await expect(stored).toContainText(EMAIL);
    await expect(stored).toContainText(CUSTOMER);
    await stored.scrollIntoViewIfNeeded();
    await saveScreenshotVariants(page, "detection-and-masking-05-audit-revealed");

    await panel.getByRole("button", { name: "Mask again" }).click();
    await expect(stored).not.toContainText(EMAIL);
    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();
  });

  await test.step("the reveal is in the audit trail, with its reason", async () => {
    await page.goto("/audit?category=privacy&action=audit_value_revealed");
    const row = page
      .getByRole("table", { name: "Audit events" })
      .getByRole("row")
      .filter({ hasText: `audit event ${eventId}` });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("audit_value_revealed");
    await row.click();
    const panel = page.getByRole("dialog", { name: /^Event \d+$/ });
    await expect(panel).toContainText("privacy · audit_value_revealed");
    await expect(panel.getByLabel("Details")).toContainText(reason);
    await panel.getByLabel("Details").scrollIntoViewIfNeeded();
    await saveScreenshot(page, "detection-and-masking-06-reveal-event");
    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();
  });

  await test.step("the policy is deleted through the console, the detector through the API", async () => {
    await page.goto("/privacy/masking");
    await page.getByRole("button", { name: `Delete ${policyName}` }).click();
    const confirm = page.getByRole("alertdialog", { name: `Delete ${policyName}?` });
    await confirm.getByRole("button", { name: "Delete policy" }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: `Deleted policy ${policyName}.` })).toBeVisible();
    await expect(page.getByRole("row", { name: policyName })).toHaveCount(0);
    const { policies } = await apiGet<{ policies: Named[] }>(page, POLICIES);
    expect(policies.map((p) => p.name)).not.toContain(policyName);

    const detector = leftovers.find((l) => l.path === DETECTORS)!;
    const response = await apiSend(page, "DELETE", `${DETECTORS}/${detector.id}`);
    expect(response.ok()).toBe(true);
    leftovers.length = 0;
  });
});
