// Whose fault a failed upstream call was. The circuit breaker and the retries exist to protect
// and spare an upstream that is failing; an error raised on our side of the wire (serialising
// the request, a bug in our code) says nothing about the upstream, so it must neither count
// against its breaker nor be retried. Before this, one tools/call with arguments nested 10,000
// levels made JSON.stringify throw in the SDK, was retried three times, and two such requests
// opened the circuit for every client.

/** Thrown by our own code when a call cannot be made (a problem of this process, not the upstream's). */
export class LocalFault extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "LocalFault";
  }
}

/**
 * Whether an error from a call came from this process rather than from the upstream: a
 * LocalFault, or one of the engine's own errors (RangeError from a too-deep JSON.stringify,
 * ReferenceError, a TypeError from a bug). Network failures are TypeErrors too ("fetch
 * failed"), but they carry the socket error as their cause, so a TypeError with a cause is
 * the upstream's. Everything else (JSON-RPC errors, closed connections, HTTP errors, bad JSON
 * from the upstream) is the upstream's.
 */
export function isLocalFault(error: unknown): boolean {
  // By name as well: bundles of the production build each have their own copy of the class.
  if (error instanceof Error && error.name === "LocalFault") return true;
  if (
    error instanceof RangeError ||
    error instanceof ReferenceError ||
    error instanceof EvalError ||
    error instanceof URIError
  )
    return true;
  return error instanceof TypeError && error.cause === undefined;
}
