import { getEventListeners } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, test } from "vitest";
import {
  disposeUpstreamPolicies,
  getUpstreamPolicies,
  upstreamPolicySnapshots,
  UpstreamFailure,
  UpstreamPolicies,
  type BreakerState,
} from "@/lib/gateway/resilience/upstream-policies";
import type { UpstreamPolicyConfig } from "@/lib/servers/upstream-config";
import { LocalFault } from "@/lib/gateway/resilience/local-fault";

// Real timers with short durations; the tests wait for states, they never assert elapsed times.
const CONFIG: UpstreamPolicyConfig = {
  timeoutMs: 1000,
  maxConcurrent: 10,
  maxQueue: 100,
  breakerFailureThreshold: 3,
  breakerHalfOpenAfterMs: 50,
  breakerSuccessThreshold: 3,
};

function policies(
  overrides: Partial<UpstreamPolicyConfig> = {},
  onChange?: (state: BreakerState) => void,
): UpstreamPolicies {
  return new UpstreamPolicies(
    { ...CONFIG, ...overrides },
    { name: "Upstream test", onBreakerStateChange: onChange, retryInitialDelayMs: 2, retryMaxDelayMs: 10 },
  );
}

const ok = () => Promise.resolve("ok");
const boom = () => Promise.reject(new Error("boom"));

/** A call that runs until released, or rejects when its signal fires. */
function hangingCall() {
  let release!: () => void;
  const started: AbortSignal[] = [];
  const fn = (signal: AbortSignal) => {
    started.push(signal);
    return new Promise<string>((resolve, reject) => {
      release = () => resolve("released");
      signal.addEventListener("abort", () => reject(new Error("aborted by signal")), { once: true });
    });
  };
  return { fn, started, release: () => release() };
}

/** A call that ignores its signal and ends only when released (a hung upstream). */
function deafCalls() {
  const releases: (() => void)[] = [];
  let calls = 0;
  const fn = () => {
    calls++;
    return new Promise<string>((resolve) => releases.push(() => resolve("done")));
  };
  return {
    fn,
    releaseAll: () => releases.splice(0).forEach((r) => r()),
    get calls() {
      return calls;
    },
  };
}

async function failureOf(promise: Promise<unknown>): Promise<UpstreamFailure> {
  const error = await promise.then(
    () => {
      throw new Error("expected a failure");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UpstreamFailure);
  return error as UpstreamFailure;
}

async function openBreaker(p: UpstreamPolicies): Promise<void> {
  for (let i = 0; i < CONFIG.breakerFailureThreshold; i++)
    await expect(p.execute(boom)).rejects.toThrow("boom");
  expect(p.snapshot().breaker.state).toBe("open");
}

async function waitForHalfOpen(p: UpstreamPolicies): Promise<void> {
  while (p.snapshot().breaker.state !== "half_open") await sleep(10);
}

describe("timeout", () => {
  test("a call that does not answer in time fails with timeout and its signal fires", async () => {
    const p = policies();
    const call = hangingCall();
    const failure = await failureOf(p.execute(call.fn, { timeoutMs: 30 }));
    expect(failure.outcome).toBe("timeout");
    expect(failure.message).toBe("Upstream test did not answer within 30 ms");
    expect(call.started[0].aborted).toBe(true);
  });

  test("the server's default applies when the call gives none", async () => {
    const p = policies({ timeoutMs: 20 });
    const failure = await failureOf(p.execute(hangingCall().fn));
    expect(failure.message).toContain("within 20 ms");
  });

  test("the caller is answered on time even when fn ignores its signal", async () => {
    const p = policies();
    const deaf = deafCalls();
    expect((await failureOf(p.execute(deaf.fn, { timeoutMs: 20 }))).outcome).toBe("timeout");
    // The upstream is still busy with it: the slot stays taken until it really ends.
    expect(p.snapshot().bulkhead.active).toBe(1);
    deaf.releaseAll();
    await sleep(0);
    expect(p.snapshot().bulkhead.active).toBe(0);
  });
});

describe("errors", () => {
  test("an error from fn becomes upstream_error with the original as cause", async () => {
    const p = policies();
    const original = new Error("upstream said no");
    const failure = await failureOf(p.execute(() => Promise.reject(original)));
    expect(failure.outcome).toBe("upstream_error");
    expect(failure.message).toBe("upstream said no");
    expect(failure.cause).toBe(original);
  });

  test("errors raised on our side never count against the breaker and are never retried", async () => {
    const p = policies({ breakerFailureThreshold: 2 });
    let calls = 0;
    // What JSON.stringify throws on a too-deep value inside the SDK, before anything is sent.
    const deep: unknown[] = [];
    let cursor = deep;
    for (let i = 0; i < 20_000; i++) cursor = (cursor[0] = []) as unknown[];
    const serialise = async () => {
      calls++;
      return JSON.stringify(deep);
    };
    const local = [
      serialise,
      async () => {
        calls++;
        throw new LocalFault("could not build the request");
      },
      async () => {
        calls++;
        throw new TypeError("x is not a function");
      },
    ];
    for (const fn of local) {
      for (let i = 0; i < 3; i++) {
        const error = await p.execute(fn, { isIdempotent: true }).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(Error);
        expect(error).not.toBeInstanceOf(UpstreamFailure);
      }
    }
    expect(calls).toBe(9); // one attempt each: no retries
    expect(p.snapshot().breaker).toMatchObject({ state: "closed", consecutiveFailures: 0 });
    await expect(p.execute(ok)).resolves.toBe("ok");
  });

  test("a network TypeError (with a cause) is the upstream's and counts", async () => {
    const p = policies({ breakerFailureThreshold: 2 });
    const fetchFailed = () =>
      Promise.reject(new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED") }));
    for (let i = 0; i < 2; i++)
      expect((await failureOf(p.execute(fetchFailed))).outcome).toBe("upstream_error");
    expect(p.snapshot().breaker.state).toBe("open");
  });

  test("results pass through untouched", async () => {
    await expect(policies().execute(() => Promise.resolve({ content: [] }))).resolves.toEqual({
      content: [],
    });
  });
});

describe("circuit breaker", () => {
  test("opens after the configured consecutive failures, then refuses at once without calling fn", async () => {
    const changes: BreakerState[] = [];
    const p = policies({ breakerHalfOpenAfterMs: 60_000 }, (s) => changes.push(s));
    await expect(p.execute(boom)).rejects.toThrow("boom");
    await expect(p.execute(ok)).resolves.toBe("ok"); // a success resets the count
    await openBreaker(p);
    let calls = 0;
    const failure = await failureOf(
      p.execute(async () => {
        calls++;
        return "x";
      }),
    );
    expect(calls).toBe(0);
    expect(failure.outcome).toBe("circuit_open");
    expect(failure.retryAfterSeconds).toBe(60);
    expect(failure.message).toBe("Upstream test: circuit open; retry in 60 s");
    expect(changes).toEqual(["open"]);
    const { breaker } = p.snapshot();
    expect(breaker).toMatchObject({ state: "open", consecutiveFailures: 3 });
    expect(Date.parse(breaker.halfOpenAt!) - Date.parse(breaker.openedAt!)).toBe(60_000);
  });

  test("timeouts count as failures", async () => {
    const p = policies({ breakerFailureThreshold: 2 });
    for (let i = 0; i < 2; i++) await failureOf(p.execute(hangingCall().fn, { timeoutMs: 10 }));
    expect(p.snapshot().breaker.state).toBe("open");
  });

  test("half-open after the configured delay, and needs 3 successes in a row to close", async () => {
    const changes: BreakerState[] = [];
    const p = policies({}, (s) => changes.push(s));
    await openBreaker(p);
    await waitForHalfOpen(p);
    await expect(p.execute(ok)).resolves.toBe("ok");
    await expect(p.execute(ok)).resolves.toBe("ok");
    expect(p.snapshot().breaker.state).toBe("half_open");
    await expect(p.execute(ok)).resolves.toBe("ok");
    expect(p.snapshot().breaker).toEqual({
      state: "closed",
      consecutiveFailures: 0,
      openedAt: null,
      halfOpenAt: null,
    });
    expect(changes).toEqual(["open", "half_open", "closed"]);
  });

  test("a failure while half-open opens it again", async () => {
    const p = policies();
    await openBreaker(p);
    await waitForHalfOpen(p);
    await p.execute(ok);
    await p.execute(ok);
    await expect(p.execute(boom)).rejects.toThrow("boom");
    expect(p.snapshot().breaker.state).toBe("open");
    expect((await failureOf(p.execute(ok))).outcome).toBe("circuit_open");
  });

  test("half-open lets at most as many trial calls run at once as it needs successes", async () => {
    const p = policies();
    await openBreaker(p);
    await waitForHalfOpen(p);
    const calls = Array.from({ length: 5 }, () => hangingCall());
    const results = calls.map((c) =>
      p.execute(c.fn).then(
        () => "ok",
        (e: UpstreamFailure) => e.outcome,
      ),
    );
    await sleep(0);
    calls.forEach((c) => c.started.length && c.release());
    expect((await Promise.all(results)).sort()).toEqual(["circuit_open", "circuit_open", "ok", "ok", "ok"]);
    expect(p.snapshot().breaker.state).toBe("closed");
  });

  test("a slow call admitted before the circuit opened does not count once it has", async () => {
    const p = policies();
    const slow = hangingCall();
    const slowResult = p.execute(slow.fn);
    await openBreaker(p);
    await waitForHalfOpen(p);
    slow.release();
    await slowResult;
    await p.execute(ok);
    await p.execute(ok);
    expect(p.snapshot().breaker.state).toBe("half_open");
  });

  test("the caller's own cancellation counts neither as failure nor as trial", async () => {
    const p = policies({ breakerFailureThreshold: 1 });
    const controller = new AbortController();
    const reason = new Error("client went away");
    const call = hangingCall();
    const result = p.execute(call.fn, { signal: controller.signal });
    await sleep(0);
    controller.abort(reason);
    await expect(result).rejects.toBe(reason);
    expect(call.started[0].aborted).toBe(true);
    expect(p.snapshot().breaker).toMatchObject({ state: "closed", consecutiveFailures: 0 });
  });

  test("a cancelled half-open trial frees its slot", async () => {
    const p = policies({ breakerSuccessThreshold: 1 });
    await openBreaker(p);
    await waitForHalfOpen(p);
    const controller = new AbortController();
    const trial = p.execute(hangingCall().fn, { signal: controller.signal });
    await sleep(0);
    expect((await failureOf(p.execute(ok))).outcome).toBe("circuit_open");
    controller.abort();
    await expect(trial).rejects.toThrow();
    expect(p.snapshot().breaker.state).toBe("half_open");
    await expect(p.execute(ok)).resolves.toBe("ok");
    expect(p.snapshot().breaker.state).toBe("closed");
  });
});

describe("bulkhead", () => {
  test("with 2 running and 3 queued, 10 hung calls: 5 accepted, 5 refused at once; none hang after release", async () => {
    const p = policies({ maxConcurrent: 2, maxQueue: 3, timeoutMs: 10_000 });
    const deaf = deafCalls();
    const settled: string[] = [];
    const results = Array.from({ length: 10 }, () =>
      p.execute(deaf.fn).then(
        (v) => {
          settled.push(v);
          return v;
        },
        (e: UpstreamFailure) => {
          settled.push(e.outcome);
          return e;
        },
      ),
    );
    await sleep(0);
    expect(settled).toEqual(Array(5).fill("overloaded"));
    const refused = await results[9];
    expect(refused).toBeInstanceOf(UpstreamFailure);
    expect(refused).toMatchObject({
      retryAfterSeconds: 1,
      message: "Upstream test is overloaded (2 calls running, 3 queued); retry in 1 s",
    });
    expect(p.snapshot().bulkhead).toEqual({ active: 2, queued: 3, maxConcurrent: 2, maxQueue: 3 });
    while (deaf.calls < 5) {
      deaf.releaseAll();
      await sleep(0);
    }
    deaf.releaseAll();
    expect(await Promise.all(results.slice(0, 5))).toEqual(Array(5).fill("done"));
    expect(p.snapshot().bulkhead).toMatchObject({ active: 0, queued: 0 });
  });

  test("the timeout covers the wait in the queue, and a timed-out entry does not stall the queue", async () => {
    const p = policies({ maxConcurrent: 1, maxQueue: 5 });
    const deaf = deafCalls();
    const running = p.execute(deaf.fn, { timeoutMs: 10_000 });
    const queued = failureOf(p.execute(ok, { timeoutMs: 20 }));
    const next = p.execute(ok, { timeoutMs: 10_000 });
    const failure = await queued;
    expect(failure.outcome).toBe("timeout");
    expect(failure.message).toContain("waited for one of 1 busy slots");
    deaf.releaseAll();
    await expect(running).resolves.toBe("done");
    await expect(next).resolves.toBe("ok");
    // Never reached the upstream: not a breaker failure.
    expect(p.snapshot().breaker.consecutiveFailures).toBe(0);
  });
});

describe("retries", () => {
  function flaky(failures: number) {
    let calls = 0;
    return {
      fn: async () => {
        if (++calls <= failures) throw new Error(`failure ${calls}`);
        return "ok";
      },
      get calls() {
        return calls;
      },
    };
  }

  test("an idempotent call is retried on upstream_error, at most twice", async () => {
    const twice = flaky(2);
    await expect(
      policies({ breakerFailureThreshold: 10 }).execute(twice.fn, { isIdempotent: true }),
    ).resolves.toBe("ok");
    expect(twice.calls).toBe(3);
    const always = flaky(100);
    const failure = await failureOf(
      policies({ breakerFailureThreshold: 10 }).execute(always.fn, { isIdempotent: true }),
    );
    expect(failure.message).toBe("failure 3");
    expect(always.calls).toBe(3);
  });

  test("a call that is not idempotent is never retried", async () => {
    const f = flaky(100);
    await failureOf(policies().execute(f.fn));
    await failureOf(policies().execute(f.fn, { isIdempotent: false }));
    expect(f.calls).toBe(2);
  });

  test("timeouts and open circuits are not retried", async () => {
    const p = policies({ breakerFailureThreshold: 10 });
    let calls = 0;
    const hang = (signal: AbortSignal) => {
      calls++;
      return hangingCall().fn(signal);
    };
    expect((await failureOf(p.execute(hang, { isIdempotent: true, timeoutMs: 10 }))).outcome).toBe("timeout");
    expect(calls).toBe(1);
    const open = policies();
    await openBreaker(open);
    calls = 0;
    expect(
      (
        await failureOf(
          open.execute(
            async () => {
              calls++;
              return 1;
            },
            { isIdempotent: true },
          ),
        )
      ).outcome,
    ).toBe("circuit_open");
    expect(calls).toBe(0);
  });
});

describe("caller cancellation", () => {
  test("aborting the caller's signal fires fn's signal and rejects with the caller's reason", async () => {
    const p = policies();
    const controller = new AbortController();
    const call = hangingCall();
    const result = p.execute(call.fn, { signal: controller.signal, isIdempotent: true });
    await sleep(0);
    expect(call.started[0].aborted).toBe(false);
    controller.abort(new Error("cancelled by client"));
    await expect(result).rejects.toThrow("cancelled by client");
    expect(call.started[0].aborted).toBe(true);
    expect(call.started).toHaveLength(1);
  });

  test("an already aborted signal never calls fn", async () => {
    let calls = 0;
    await expect(
      policies().execute(
        async () => {
          calls++;
        },
        { signal: AbortSignal.abort(new Error("gone")) },
      ),
    ).rejects.toThrow("gone");
    expect(calls).toBe(0);
  });
});

describe("registry", () => {
  test("one instance per server, rebuilt when the config changes; the old one stops reporting", async () => {
    const id = `server-${Math.random()}`;
    const changes: string[] = [];
    const first = getUpstreamPolicies(id, CONFIG, {
      onBreakerStateChange: (s) => changes.push(`first:${s}`),
    });
    expect(getUpstreamPolicies(id, { ...CONFIG })).toBe(first);
    await openBreaker(first);
    const second = getUpstreamPolicies(
      id,
      { ...CONFIG, timeoutMs: 5 },
      { onBreakerStateChange: (s) => changes.push(`second:${s}`) },
    );
    expect(second).not.toBe(first);
    expect(changes).toEqual(["first:open", "second:closed"]);
    await waitForHalfOpen(first);
    expect(changes).toHaveLength(2);
    expect(upstreamPolicySnapshots().get(id)?.breaker.state).toBe("closed");
    disposeUpstreamPolicies(id);
    expect(upstreamPolicySnapshots().has(id)).toBe(false);
  });
});

describe("overhead", () => {
  test("10,000 calls leave no timers and no listeners behind", async () => {
    const p = policies({ breakerFailureThreshold: 1_000_000 });
    const controller = new AbortController();
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
    const before = timers();
    for (let batch = 0; batch < 100; batch++) {
      await Promise.allSettled(
        Array.from({ length: 100 }, (_, i) =>
          p.execute(i % 10 === 0 ? boom : ok, { signal: controller.signal, isIdempotent: i % 20 === 0 }),
        ),
      );
    }
    expect(timers()).toBeLessThanOrEqual(before);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
    expect(p.snapshot().bulkhead).toMatchObject({ active: 0, queued: 0 });
  });
});
