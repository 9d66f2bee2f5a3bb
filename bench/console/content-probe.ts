// Runs in the browser (serialized by Playwright, so it must not close over anything): true once
// the page's content is on screen. Polled every animation frame, the precision is one frame.
import type { ConsolePage } from "./pages";

export type ContentProbe = Pick<ConsolePage, "path" | "table" | "emptyTitles">;

export function isContentVisible(probe: ContentProbe): boolean {
  if (location.pathname !== probe.path) return false;
  const row = document.querySelector(`main table[aria-label="${probe.table}"] tbody tr`);
  if (row && row.checkVisibility()) return true;
  // EmptyState renders its title as a <p> (components/ui/empty-state.tsx).
  for (const p of document.querySelectorAll("main p"))
    if (probe.emptyTitles.includes(p.textContent?.trim() ?? "") && p.checkVisibility()) return true;
  return false;
}
