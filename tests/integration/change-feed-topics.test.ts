// The change feed's topics: another process's announcement reaches this one's listeners of that
// topic only. "Another process" is a direct write of the version row, as announceChange() there
// would leave it.
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { announceChange, onChange, pollChanges, startChangePolling } from "@/lib/cache/change-feed";

const POLL_INTERVAL_MS = 2000;

async function announceElsewhere(key: string, value: string) {
  await db.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
}

async function pollOnceMore(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS + 50));
  pollChanges();
  // The poll's query settles on its own; give it the event loop.
  await new Promise((resolve) => setTimeout(resolve, 200));
}

describe("change feed topics", () => {
  test("a change elsewhere reaches only its topic's listeners, even the first one ever announced", async () => {
    const heard: string[] = [];
    const stops = [
      onChange(() => void heard.push("policy")),
      onChange(() => void heard.push("consent"), "consent"),
      onChange(() => void heard.push("privacy"), "privacy"),
    ];
    pollChanges();
    await new Promise((resolve) => setTimeout(resolve, 200));

    await announceElsewhere("change_version.consent", "v-from-another-process");
    await pollOnceMore();
    expect(heard).toEqual(["consent"]);

    await announceElsewhere("change_version", "policy-v2");
    await pollOnceMore();
    expect(heard).toEqual(["consent", "policy"]);
    for (const stop of stops) stop();
  });

  test("in this process an announcement notifies its topic at once", async () => {
    const heard: string[] = [];
    const stops = [
      onChange(() => void heard.push("policy")),
      onChange(() => void heard.push("privacy"), "privacy"),
    ];
    await announceChange("privacy");
    expect(heard).toEqual(["privacy"]);
    for (const stop of stops) stop();
  });
});

describe("background polling", () => {
  test("a quiet process hears another's change without a request polling for it", async () => {
    const heard: string[] = [];
    const stop = onChange(() => void heard.push("consent"), "consent");
    const stopPolling = startChangePolling();
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await announceElsewhere("change_version.consent", `quiet-${Date.now()}`);
      // No pollChanges() here: only the timer reads the feed.
      await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS * 2 + 500));
      expect(heard).toEqual(["consent"]);
    } finally {
      stopPolling();
      stop();
    }
  });
});
