import type { Page } from "@playwright/test";
import { saveScreenshot } from "./screenshot";

/**
 * A full-page screenshot taken from the top: scrolled down, the sticky sidebar and top bar would
 * be drawn part-way down the image.
 */
export async function saveFullScreenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  // Let colour transitions (buttons, links) finish after a colour-scheme or size change.
  await page.waitForTimeout(300);
  await saveScreenshot(page, name);
}

/**
 * The same screen four ways: 1280 wide light (<name>.png) and dark (<name>-dark.png), 1024 wide
 * light and dark. Restores the light 1280x800 view afterwards.
 */
export async function saveScreenshotVariants(page: Page, name: string): Promise<void> {
  await saveFullScreenshot(page, name);
  await page.emulateMedia({ colorScheme: "dark" });
  await saveFullScreenshot(page, `${name}-dark`);
  await page.setViewportSize({ width: 1024, height: 800 });
  await saveFullScreenshot(page, `${name}-1024-dark`);
  await page.emulateMedia({ colorScheme: "light" });
  await saveFullScreenshot(page, `${name}-1024`);
  await page.setViewportSize({ width: 1280, height: 800 });
}
