// The role and key forms check a typed rate limit against the server's own ceiling, so a value
// the API would refuse is caught before the round trip with the same bounds in the message.
import { MAX_RATE_LIMIT_PER_MINUTE } from "@/lib/roles/schemas";

/** The message for a rate-limit input, or undefined when it is empty (no limit) or acceptable. */
export function rateLimitInputError(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  if (/^\d+$/.test(trimmed) && Number(trimmed) >= 1 && Number(trimmed) <= MAX_RATE_LIMIT_PER_MINUTE)
    return undefined;
  return `Enter a whole number from 1 to ${MAX_RATE_LIMIT_PER_MINUTE.toLocaleString("en")}, or leave empty.`;
}
