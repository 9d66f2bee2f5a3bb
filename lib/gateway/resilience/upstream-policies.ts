import "server-only";
import {
  bulkhead,
  BulkheadRejectedError,
  ExponentialBackoff,
  handleWhen,
  retry,
  TaskCancelledError,
  timeout,
  TimeoutStrategy,
  type BulkheadPolicy,
  type RetryPolicy,
  type TimeoutPolicy,
} from "cockatiel";
import {
  CircuitBreaker,
  REFUSED,
  type BreakerSnapshot,
  type BreakerState,
} from "@/lib/gateway/resilience/circuit-breaker";
import { isLocalFault } from "@/lib/gateway/resilience/local-fault";
import { processSingleton } from "@/lib/process-singleton";
import type { UpstreamPolicyConfig } from "@/lib/servers/upstream-config";

export type { BreakerState } from "@/lib/gateway/resilience/circuit-breaker";

export type UpstreamPolicyOptions = {
  /** Names the upstream in error messages, e.g. `Upstream "everything"`. */
  name?: string;
  onBreakerStateChange?(state: BreakerState): void;
  /** Told how many calls hold a bulkhead slot each time one starts (the saturation metric). */
  onCallStarted?(active: number): void;
  /** First retry delay of an idempotent call; later ones grow exponentially with jitter. */
  retryInitialDelayMs?: number;
  retryMaxDelayMs?: number;
};

export type ExecuteOptions = { timeoutMs?: number; signal?: AbortSignal; isIdempotent?: boolean };

export type PolicySnapshot = {
  breaker: BreakerSnapshot;
  bulkhead: { active: number; queued: number; maxConcurrent: number; maxQueue: number };
};

export type UpstreamOutcome = "timeout" | "overloaded" | "circuit_open" | "upstream_error";

export class UpstreamFailure extends Error {
  constructor(
    readonly outcome: UpstreamOutcome,
    message: string,
    readonly retryAfterSeconds?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "UpstreamFailure";
  }
}

const MAX_RETRIES = 2;

/**
 * Bulkhead -> circuit breaker -> timeout around every call to one upstream. A call the caller
 * cancels (by aborting options.signal) rejects with the signal's reason and counts neither for
 * nor against the breaker; so does an error raised on our side (isLocalFault), which is also
 * never retried. Timeouts and other errors from fn count as failures.
 */
export class UpstreamPolicies {
  private readonly name: string;
  private readonly breaker: CircuitBreaker;
  private readonly bulkhead: BulkheadPolicy;
  private readonly retry: RetryPolicy;
  private readonly onCallStarted: ((active: number) => void) | undefined;
  // One cockatiel timeout per distinct duration (per server, per tool override): few, reused.
  private readonly timeouts = new Map<number, TimeoutPolicy>();

  constructor(
    readonly config: UpstreamPolicyConfig,
    options: UpstreamPolicyOptions = {},
  ) {
    this.name = options.name ?? "Upstream server";
    this.breaker = new CircuitBreaker({
      failureThreshold: config.breakerFailureThreshold,
      halfOpenAfterMs: config.breakerHalfOpenAfterMs,
      successThreshold: config.breakerSuccessThreshold,
      onStateChange: options.onBreakerStateChange,
    });
    this.bulkhead = bulkhead(config.maxConcurrent, config.maxQueue);
    this.onCallStarted = options.onCallStarted;
    // Only an upstream error is worth another try: a timeout already cost the whole budget,
    // and overloaded / circuit_open mean "back off", not "try harder".
    this.retry = retry(
      handleWhen((e) => e instanceof UpstreamFailure && e.outcome === "upstream_error"),
      {
        maxAttempts: MAX_RETRIES,
        backoff: new ExponentialBackoff({
          initialDelay: options.retryInitialDelayMs ?? 100,
          maxDelay: options.retryMaxDelayMs ?? 1000,
        }),
      },
    );
  }

  /**
   * Runs fn under bulkhead -> circuit breaker -> timeout. fn's signal fires on timeout or when
   * options.signal fires. Retries (at most 2, exponential backoff with jitter, upstream_error
   * only) happen only when options.isIdempotent: a call that may have had side effects is never
   * repeated.
   */
  execute<T>(fn: (signal: AbortSignal) => Promise<T>, options: ExecuteOptions = {}): Promise<T> {
    const timeoutMs = options.timeoutMs ?? this.config.timeoutMs;
    const { signal } = options;
    if (!options.isIdempotent) return this.attempt(fn, timeoutMs, signal);
    return this.retry.execute(() => this.attempt(fn, timeoutMs, signal), signal);
  }

  snapshot(): PolicySnapshot {
    const { maxConcurrent, maxQueue } = this.config;
    return {
      breaker: this.breaker.snapshot(),
      bulkhead: {
        active: maxConcurrent - this.bulkhead.executionSlots,
        queued: maxQueue - this.bulkhead.queueSlots,
        maxConcurrent,
        maxQueue,
      },
    };
  }

  /** Detaches the hooks; calls in flight finish normally but no longer report breaker changes. */
  dispose(): void {
    this.breaker.detach();
    this.timeouts.clear();
  }

  // The timeout is the caller's whole budget (queue wait + upstream work), so a call queued behind
  // hung ones still ends on time. The bulkhead holds a slot until fn really settles: it counts
  // work the upstream is doing, even after the caller has been answered.
  private async attempt<T>(
    fn: (signal: AbortSignal) => Promise<T>,
    timeoutMs: number,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    if (signal?.aborted) throw signal.reason;
    let ticket = REFUSED;
    try {
      const result = await this.timeoutPolicy(timeoutMs).execute(
        ({ signal: budget }) =>
          // No signal for the bulkhead: cockatiel leaves an aborted entry queued and, on reaching it,
          // does not start the next one. Skipping it here frees the slot through the normal path.
          this.bulkhead.execute(() => {
            if (budget.aborted) return Promise.reject(budget.reason);
            ticket = this.admit();
            this.onCallStarted?.(this.config.maxConcurrent - this.bulkhead.executionSlots);
            return fn(budget);
          }),
        signal,
      );
      this.breaker.recordSuccess(ticket);
      return result;
    } catch (error) {
      throw this.failure(error, ticket, timeoutMs, signal);
    }
  }

  private admit(): number {
    const ticket = this.breaker.tryAcquire();
    if (ticket !== REFUSED) return ticket;
    const seconds = this.breaker.retryAfterSeconds();
    throw new UpstreamFailure("circuit_open", `${this.name}: circuit open; retry in ${seconds} s`, seconds);
  }

  /** Classifies why a call failed and tells the breaker; returns what to throw. */
  private failure(
    error: unknown,
    ticket: number,
    timeoutMs: number,
    signal: AbortSignal | undefined,
  ): unknown {
    const isAdmitted = ticket !== REFUSED;
    if (signal?.aborted) {
      if (isAdmitted) this.breaker.release(ticket);
      return signal.reason;
    }
    // instanceof, not cockatiel's isXError helpers: in 3.2.1 isTaskCancelledError tests the bulkhead's flag.
    if (error instanceof BulkheadRejectedError) {
      const { maxConcurrent, maxQueue } = this.config;
      return new UpstreamFailure(
        "overloaded",
        `${this.name} is overloaded (${maxConcurrent} calls running, ${maxQueue} queued); retry in 1 s`,
        1,
      );
    }
    if (!isAdmitted) {
      // Never reached the upstream: refused by the breaker, or the budget ran out in the queue.
      return error instanceof TaskCancelledError
        ? new UpstreamFailure(
            "timeout",
            `${this.name} did not answer within ${timeoutMs} ms (waited for one of ${this.config.maxConcurrent} busy slots)`,
          )
        : error;
    }
    // Our own error (serialising the request, a bug): no verdict on the upstream, and not an
    // UpstreamFailure, so the retry policy lets it through untouched.
    if (isLocalFault(error)) {
      this.breaker.release(ticket);
      return error;
    }
    this.breaker.recordFailure(ticket);
    // With the caller's signal not aborted, cockatiel's cancellation can only be the timeout.
    if (error instanceof TaskCancelledError)
      return new UpstreamFailure("timeout", `${this.name} did not answer within ${timeoutMs} ms`);
    if (error instanceof UpstreamFailure) return error;
    return new UpstreamFailure(
      "upstream_error",
      error instanceof Error ? error.message : String(error),
      undefined,
      { cause: error },
    );
  }

  private timeoutPolicy(ms: number): TimeoutPolicy {
    let policy = this.timeouts.get(ms);
    if (!policy) {
      // Aggressive: the caller gets the timeout on time even if fn ignores its signal.
      // abortOnReturn off: a finished call's signal never fires (the SDK would send a stray cancel).
      policy = timeout(ms, { strategy: TimeoutStrategy.Aggressive, abortOnReturn: false });
      this.timeouts.set(ms, policy);
    }
    return policy;
  }
}

type Entry = { policies: UpstreamPolicies; name: string | undefined };

const entries = processSingleton("gateway.upstream-policies", () => new Map<string, Entry>());

/**
 * Process-wide registry: one UpstreamPolicies per server id, rebuilt (breaker closed, counters
 * reset) when its config or name changes. Hooks given on later calls are ignored until a rebuild.
 */
export function getUpstreamPolicies(
  serverId: string,
  config: UpstreamPolicyConfig,
  options: UpstreamPolicyOptions = {},
): UpstreamPolicies {
  const entry = entries.get(serverId);
  if (entry && entry.name === options.name && sameConfig(entry.policies.config, config))
    return entry.policies;
  const wasClosed = !entry || entry.policies.snapshot().breaker.state === "closed";
  entry?.policies.dispose();
  const policies = new UpstreamPolicies({ ...config }, options);
  entries.set(serverId, { policies, name: options.name });
  // The replacement starts closed; tell whoever mirrors the state (metrics) if that is news.
  if (!wasClosed) options.onBreakerStateChange?.("closed");
  return policies;
}

export function disposeUpstreamPolicies(serverId: string): void {
  entries.get(serverId)?.policies.dispose();
  entries.delete(serverId);
}

export function upstreamPolicySnapshots(): Map<string, PolicySnapshot> {
  return new Map([...entries].map(([id, entry]) => [id, entry.policies.snapshot()]));
}

// Field by field rather than JSON.stringify: called on every gateway call, and key order must not matter.
function sameConfig(a: UpstreamPolicyConfig, b: UpstreamPolicyConfig): boolean {
  return (
    a.timeoutMs === b.timeoutMs &&
    a.maxConcurrent === b.maxConcurrent &&
    a.maxQueue === b.maxQueue &&
    a.breakerFailureThreshold === b.breakerFailureThreshold &&
    a.breakerHalfOpenAfterMs === b.breakerHalfOpenAfterMs &&
    a.breakerSuccessThreshold === b.breakerSuccessThreshold
  );
}
