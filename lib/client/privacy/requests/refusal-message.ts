import { ApiError } from "@/lib/client/api-error";

function reasonOf(details: unknown): string | null {
  if (typeof details !== "object" || details === null || !("reason" in details)) return null;
  return typeof details.reason === "string" ? details.reason : null;
}

/** Refusals the console explains in its own words; anything else shows the server's message. */
const REASON_MESSAGES: Record<string, string> = {
  four_eyes: "You received or verified this request; a second person must approve it.",
};

export const FOUR_EYES_MESSAGE = REASON_MESSAGES.four_eyes;

/** Why the API refused an action on a request, for an alert beside the button that asked. */
export function refusalMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return "Something went wrong. Try again.";
  const reason = reasonOf(error.details);
  const known = reason ? REASON_MESSAGES[reason] : undefined;
  if (known) return known;
  if (error.status === 403) return `Refused: ${error.message}`;
  return error.message;
}
