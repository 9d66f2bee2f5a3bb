import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { ADMIN, uniqueEmail } from "./helpers/accounts";
import { apiPost, createUser } from "./helpers/api";
import { saveScreenshot } from "./helpers/screenshot";
import { saveScreenshotVariants } from "./helpers/screenshot-variants";
import { apiSend, uniqueSuffix, waitForServerTools } from "./helpers/servers";
import { signIn, signOut } from "./helpers/sign-in";

// Journey: consent enforced per call. The admin declares that `everything/get-sum` processes
// personal data for marketing (a purpose resting on consent); a compliance officer records a
// person's consent in the console; an agent's call about that person (X-Gatehouse-Subject) passes;
// the officer withdraws it; the next call is refused with -32003, and the refusal is in the audit
// trail. get-sum is used by no other spec, so its declaration changes nothing elsewhere.

const TOOL = "everything__get-sum";

type RpcAnswer = {
  result?: { content?: { text?: string }[] };
  error?: { code: number; data?: Record<string, unknown> };
};

async function callAsAgent(request: APIRequestContext, secret: string, person: string): Promise<RpcAnswer> {
  const response = await request.post("/api/mcp", {
    data: { jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: TOOL, arguments: { a: 2, b: 3 } } },
    headers: {
      Authorization: `Bearer ${secret}`,
      Accept: "application/json, text/event-stream",
      "MCP-Protocol-Version": "2025-06-18",
      "X-Gatehouse-Subject": person,
    },
  });
  expect(response.status()).toBe(200);
  return (await response.json()) as RpcAnswer;
}

async function openSubject(page: Page, person: string) {
  await page.goto("/privacy/subjects");
  await page.getByRole("radio", { name: "External id" }).click();
  await page.getByPlaceholder(/./).first().fill(person);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: /^ds_/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Data subject" })).toBeVisible();
}

test("a compliance officer's consent lets an agent's call through; a withdrawal stops the next one", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const person = `crm-${uniqueSuffix()}`;
  await signIn(page, ADMIN.email, ADMIN.password);
  const tools = await waitForServerTools(page, "everything");
  const getSum = tools.find((t) => t.name === "get-sum");
  expect(getSum, "server-everything lists get-sum").toBeTruthy();

  const officer = await createUser(page, uniqueEmail("officer"), ["compliance_officer"]);
  const { secret } = await apiPost<{ secret: string }>(page, "/api/v1/keys", {
    name: `consent-agent-${uniqueSuffix()}`,
    roles: ["service"],
  });

  await test.step("the admin declares that get-sum processes personal data for marketing", async () => {
    const response = await apiSend(page, "PUT", `/api/v1/tools/${getSum!.id}/privacy`, {
      declaration: {
        purposes: ["marketing"],
        categories: ["contact"],
        identifyingArguments: [],
        requiresSubject: true,
      },
    });
    expect(response.status()).toBe(200);
    await page.goto(`/tools/${getSum!.id}`);
    await expect(page.getByText("marketing").first()).toBeVisible();
    await saveScreenshot(page, "consent-journey-01-tool-declaration");
  });

  await test.step("without consent the agent's call is refused", async () => {
    const answer = await callAsAgent(request, secret, person);
    expect(answer.error?.code).toBe(-32003);
    expect(answer.error?.data).toMatchObject({ reason: "consent_required", purpose: "marketing" });
  });

  await signOut(page);
  await signIn(page, officer.email, officer.password);

  await test.step("the officer records the person's consent to marketing", async () => {
    await page.goto("/privacy/consent?tab=records");
    await page.getByRole("button", { name: "Record consent" }).click();
    const dialog = page.getByRole("dialog", { name: "Record consent" });
    await dialog.getByLabel("Identify the person by").selectOption("external_id");
    await dialog.getByRole("textbox", { name: "Person" }).fill(person);
    await dialog.getByLabel("Purpose").selectOption("marketing");
    await dialog.getByRole("radio", { name: "Granted" }).click();
    await dialog.getByLabel("Notice version (optional)").fill("2026-12");
    await saveScreenshot(page, "consent-journey-02-record-dialog");
    await dialog.getByRole("button", { name: "Record" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: "Recorded: marketing granted" })).toBeVisible();
    await saveScreenshotVariants(page, "consent-journey-03-records");
  });

  await test.step("the agent's call about the person now passes", async () => {
    const answer = await callAsAgent(request, secret, person);
    expect(answer.error).toBeUndefined();
    expect(answer.result?.content?.[0]?.text).toContain("5");
  });

  await test.step("the officer withdraws the consent on the person's page", async () => {
    await openSubject(page, person);
    const inForce = page.getByRole("table", { name: "Consents in force" });
    await expect(inForce.getByRole("row", { name: /marketing/i })).toContainText(/granted/i);
    await saveScreenshotVariants(page, "consent-journey-04-subject");
    await inForce.getByRole("button", { name: /Withdraw consent to/ }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Withdraw consent" }).click();
    await expect(inForce.getByRole("row", { name: /marketing/i })).toContainText(/withdrawn/i);
  });

  let pseudonym = "";
  await test.step("the next call is refused, naming the purpose and the person's pseudonym", async () => {
    const answer = await callAsAgent(request, secret, person);
    expect(answer.error?.code).toBe(-32003);
    expect(answer.error?.data).toMatchObject({ reason: "consent_required", purpose: "marketing" });
    pseudonym = String(answer.error?.data?.subject);
    expect(pseudonym).toMatch(/^ds_/);
    expect(JSON.stringify(answer)).not.toContain(person);
  });

  await test.step("the refusal is in the audit trail, under the pseudonym", async () => {
    await page.goto(`/audit?subject=${pseudonym}&result=denied`);
    const table = page.getByRole("table", { name: /audit events/i });
    await expect(table.getByRole("row").filter({ hasText: "get-sum" }).first()).toBeVisible();
    await table.getByRole("row").filter({ hasText: "get-sum" }).first().click();
    await expect(page.getByText("consent_required").first()).toBeVisible();
    await saveScreenshotVariants(page, "consent-journey-05-audit-refusal");
  });

  await test.step("the declaration is taken back, so get-sum is as before", async () => {
    await page.goto("/overview");
    await signOut(page);
    await signIn(page, ADMIN.email, ADMIN.password);
    const response = await apiSend(page, "PUT", `/api/v1/tools/${getSum!.id}/privacy`, { declaration: null });
    expect(response.status()).toBe(200);
  });
});
