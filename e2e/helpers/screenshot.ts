import path from "node:path";
import type { Page } from "@playwright/test";

/** A full-page screenshot into e2e/artifacts/<name>.png, kept by CI as an artifact. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(__dirname, "..", "artifacts", `${name}.png`), fullPage: true });
}
