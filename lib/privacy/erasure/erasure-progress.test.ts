import { describe, expect, test } from "vitest";
import { readErasureProgress } from "@/lib/privacy/erasure/erasure-progress";

describe("erasure progress", () => {
  test("no saved progress starts at collect with zero counts", () => {
    const progress = readErasureProgress(null);
    expect(progress).toMatchObject({ step: "collect", completed: [], userIds: [], keyIds: [] });
    expect(Object.values(progress.counts).every((n) => n === 0)).toBe(true);
  });

  test("saved progress round-trips through JSON", () => {
    const progress = readErasureProgress(null);
    progress.step = "vault";
    progress.completed.push("collect", "legacy_events");
    progress.cursor = "<EMAIL_0123456789ab>";
    progress.counts.vaultTokensDeleted = 2;
    progress.userIds.push("u1");
    expect(readErasureProgress(JSON.parse(JSON.stringify(progress)))).toEqual(progress);
  });

  test("progress it cannot read is an error, never a silent restart", () => {
    expect(() => readErasureProgress({ step: "nonsense" })).toThrow(/unreadable/);
    expect(() => readErasureProgress({ step: "vault", counts: { auditEvents: -1 } })).toThrow(/unreadable/);
  });
});
