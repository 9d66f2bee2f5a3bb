import { expect, type APIResponse, type Page } from "@playwright/test";

// Seeding through the REST API with the signed-in page's session, as the console itself would.

/** Same-origin writes need an Origin header (the API checks it on cookie-authenticated writes). */
function originOf(page: Page): string {
  return new URL(page.url()).origin;
}

async function expectOk(response: APIResponse): Promise<unknown> {
  expect(response.ok(), `${response.url()} answered ${response.status()}: ${await response.text()}`).toBe(
    true,
  );
  return response.status() === 204 ? null : response.json();
}

export async function apiPost<T>(page: Page, path: string, data: unknown): Promise<T> {
  return (await expectOk(await page.request.post(path, { data, headers: { Origin: originOf(page) } }))) as T;
}

export async function apiPatch<T>(page: Page, path: string, data: unknown): Promise<T> {
  return (await expectOk(await page.request.patch(path, { data, headers: { Origin: originOf(page) } }))) as T;
}

export async function apiGet<T>(page: Page, path: string): Promise<T> {
  return (await expectOk(await page.request.get(path))) as T;
}

/** The status of a request that should be refused, with the error code from the envelope. */
export async function refusal(response: APIResponse): Promise<{ status: number; code: string | undefined }> {
  const body: { error?: { code?: string } } = await response.json().catch(() => ({}));
  return { status: response.status(), code: body.error?.code };
}

export function writeHeaders(page: Page): Record<string, string> {
  return { Origin: originOf(page) };
}

/** A role name no earlier run has used (lowercase letters, digits and _). */
export function uniqueRoleName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export type SeededUser = { id: string; email: string; password: string };

export async function createUser(page: Page, email: string, roles: string[]): Promise<SeededUser> {
  const password = "journey-password-123";
  const { user } = await apiPost<{ user: { id: string } }>(page, "/api/v1/users", { email, password, roles });
  return { id: user.id, email, password };
}
