import { describe, expect, test } from "vitest";
import { GroupCommit } from "@/lib/audit/group-commit";

function recorder(options: { maxBatch?: number; failWhen?: (items: number[]) => boolean } = {}) {
  const batches: number[][] = [];
  let release: (() => void) | null = null;
  let hold = false;
  const commit = new GroupCommit<number>({
    maxBatch: options.maxBatch ?? 100,
    write: async (items) => {
      if (hold) await new Promise<void>((resolve) => (release = resolve));
      if (options.failWhen?.(items)) throw new Error(`batch ${items.join(",")} failed`);
      batches.push(items);
    },
  });
  return {
    commit,
    batches,
    holdWrites: () => (hold = true),
    releaseWrite: () => {
      hold = false;
      release?.();
    },
  };
}

describe("GroupCommit", () => {
  test("items added in the same tick share one write", async () => {
    const { commit, batches } = recorder();
    await Promise.all([1, 2, 3].map((n) => commit.add(n)));
    expect(batches).toEqual([[1, 2, 3]]);
  });

  test("a caller's promise resolves only after its batch is written", async () => {
    const r = recorder();
    r.holdWrites();
    let done = false;
    const pending = r.commit.add(1).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done).toBe(false);
    expect(r.commit.pendingCount).toBe(0);
    r.releaseWrite();
    await pending;
    expect(done).toBe(true);
    expect(r.batches).toEqual([[1]]);
  });

  test("items arriving during a write form the next batch, in order", async () => {
    const r = recorder();
    r.holdWrites();
    const first = r.commit.add(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const later = [2, 3, 4].map((n) => r.commit.add(n));
    expect(r.commit.pendingCount).toBe(3);
    r.releaseWrite();
    await Promise.all([first, ...later]);
    expect(r.batches).toEqual([[1], [2, 3, 4]]);
  });

  test("batches never exceed maxBatch", async () => {
    const { commit, batches } = recorder({ maxBatch: 2 });
    await Promise.all([1, 2, 3, 4, 5].map((n) => commit.add(n)));
    expect(batches).toEqual([[1, 2], [3, 4], [5]]);
  });

  test("a failed write rejects exactly the callers of that batch; later batches still commit", async () => {
    const { commit, batches } = recorder({ maxBatch: 2, failWhen: (items) => items.includes(3) });
    const results = await Promise.allSettled([1, 2, 3, 4, 5].map((n) => commit.add(n)));
    expect(results.map((r) => r.status)).toEqual([
      "fulfilled",
      "fulfilled",
      "rejected",
      "rejected",
      "fulfilled",
    ]);
    expect(batches).toEqual([[1, 2], [5]]);
  });

  test("flush waits for everything added so far", async () => {
    const r = recorder();
    r.holdWrites();
    void r.commit.add(1);
    const flushed = r.commit.flush();
    setTimeout(() => r.releaseWrite(), 5);
    await flushed;
    expect(r.batches).toEqual([[1]]);
  });

  test("an idle commit writes at once and can be reused", async () => {
    const { commit, batches } = recorder();
    await commit.add(1);
    await commit.add(2);
    expect(batches).toEqual([[1], [2]]);
  });

  test("with two writers, a second batch is written while the first is still in flight", async () => {
    const started: number[][] = [];
    const releases: (() => void)[] = [];
    const commit = new GroupCommit<number>({
      maxBatch: 2,
      maxConcurrentWrites: 2,
      write: (items) => {
        started.push(items);
        return new Promise<void>((resolve) => releases.push(resolve));
      },
    });
    const first = commit.add(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const second = [2, 3, 4].map((n) => commit.add(n));
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The first write has not finished, yet the next batch is already being written.
    expect(started).toEqual([[1], [2, 3]]);
    const flushed = commit.flush();
    while (releases.length > 0) {
      releases.shift()!();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await Promise.all([first, ...second, flushed]);
    expect(started).toEqual([[1], [2, 3], [4]]);
  });
});
