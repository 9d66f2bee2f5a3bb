import { createHmac } from "node:crypto";

/**
 * The X-Gatehouse-Signature value: "sha256=" + hex HMAC-SHA256 of "<timestamp>.<body>" under the
 * webhook's secret. The timestamp (Unix seconds, X-Gatehouse-Timestamp) is signed too, so a receiver
 * can refuse replays of old requests.
 */
export function signPayload(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}
