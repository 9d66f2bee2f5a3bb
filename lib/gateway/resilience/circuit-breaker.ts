// A consecutive-failure circuit breaker with a multi-success half-open phase.
// cockatiel's CircuitBreakerPolicy closes on the first half-open success and closes when a trial
// ends in an error its filter ignores (a caller's cancellation); the gateway needs "closes after N
// successes" and "a cancelled trial decides nothing", so this small state machine replaces it while
// cockatiel keeps the bulkhead, the timeout and the retries.
export type BreakerState = "closed" | "open" | "half_open";

export type CircuitBreakerOptions = {
  /** Consecutive failures (while closed) that open the circuit. */
  failureThreshold: number;
  /** How long the circuit stays open before trial calls are let through. */
  halfOpenAfterMs: number;
  /** Trial successes in a row that close it again; also how many trials may run at once. */
  successThreshold: number;
  onStateChange?(state: BreakerState): void;
};

export type BreakerSnapshot = {
  state: BreakerState;
  consecutiveFailures: number;
  openedAt: string | null;
  halfOpenAt: string | null;
};

/** Returned by tryAcquire when the call is refused. */
export const REFUSED = -1;

/**
 * Admission hands out a ticket: the generation the call was admitted in. A result counts only
 * while the breaker is still in that generation, so a slow call admitted before the circuit
 * opened cannot later count as a half-open trial, nor close a circuit that opened since.
 * Every transition starts a new generation.
 */
export class CircuitBreaker {
  private state: BreakerState = "closed";
  private generation = 0;
  private consecutiveFailures = 0;
  private trialSuccesses = 0;
  private trialsInFlight = 0;
  private openedAt = 0;
  private halfOpenedAt = 0;

  constructor(private readonly options: CircuitBreakerOptions) {}

  /** Detaches the state-change hook (the breaker's owner was replaced). */
  detach(): void {
    this.options.onStateChange = undefined;
  }

  /** A ticket for the call, or REFUSED while the circuit is open or all trial slots are taken. */
  tryAcquire(): number {
    if (this.state === "closed") return this.generation;
    this.refreshOpen(Date.now());
    if (this.state === "half_open" && this.trialsInFlight < this.options.successThreshold) {
      this.trialsInFlight++;
      return this.generation;
    }
    return REFUSED;
  }

  /** Whole seconds until a refused caller may usefully try again (at least 1). */
  retryAfterSeconds(): number {
    const now = Date.now();
    if (this.state !== "open") return 1;
    return Math.max(1, Math.ceil((this.openedAt + this.options.halfOpenAfterMs - now) / 1000));
  }

  recordSuccess(ticket: number): void {
    if (ticket !== this.generation) return;
    if (this.state === "closed") {
      this.consecutiveFailures = 0;
    } else if (this.state === "half_open") {
      this.trialsInFlight--;
      if (++this.trialSuccesses >= this.options.successThreshold) this.transition("closed", Date.now());
    }
  }

  recordFailure(ticket: number): void {
    if (ticket !== this.generation) return;
    this.consecutiveFailures++;
    if (this.state === "half_open" || this.consecutiveFailures >= this.options.failureThreshold) {
      this.transition("open", Date.now());
    }
  }

  /** The call ended without a verdict (the caller cancelled it): frees its trial slot, counts nothing. */
  release(ticket: number): void {
    if (ticket === this.generation && this.state === "half_open") this.trialsInFlight--;
  }

  snapshot(): BreakerSnapshot {
    this.refreshOpen(Date.now());
    const { state } = this;
    return {
      state,
      consecutiveFailures: this.consecutiveFailures,
      openedAt: state === "closed" ? null : new Date(this.openedAt).toISOString(),
      halfOpenAt:
        state === "open"
          ? new Date(this.openedAt + this.options.halfOpenAfterMs).toISOString()
          : state === "half_open"
            ? new Date(this.halfOpenedAt).toISOString()
            : null,
    };
  }

  // Open -> half-open happens lazily, on the first look after the delay: no timer to clean up.
  private refreshOpen(now: number): void {
    if (this.state === "open" && now - this.openedAt >= this.options.halfOpenAfterMs)
      this.transition("half_open", now);
  }

  private transition(state: BreakerState, now: number): void {
    this.state = state;
    this.generation++;
    this.trialSuccesses = 0;
    this.trialsInFlight = 0;
    if (state === "open") this.openedAt = now;
    if (state === "half_open") this.halfOpenedAt = now;
    if (state === "closed") this.consecutiveFailures = 0;
    this.options.onStateChange?.(state);
  }
}
