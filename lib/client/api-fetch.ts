import { ApiError } from "@/lib/client/api-error";

export type ApiFetchOptions = {
  method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  body?: unknown;
  /** A body sent as it is instead of as JSON (e.g. CSV text); replaces `body`. */
  rawBody?: { text: string; contentType: string };
  signal?: AbortSignal;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readFields(details: unknown): Record<string, string[]> {
  if (!isRecord(details) || !isRecord(details.fields)) return {};
  const fields: Record<string, string[]> = {};
  for (const [name, messages] of Object.entries(details.fields)) {
    if (Array.isArray(messages)) fields[name] = messages.filter((m): m is string => typeof m === "string");
  }
  return fields;
}

function toApiError(status: number, payload: unknown): ApiError {
  const error = isRecord(payload) && isRecord(payload.error) ? payload.error : {};
  const code = typeof error.code === "string" ? error.code : "http_error";
  const message = typeof error.message === "string" ? error.message : `The server answered ${status}.`;
  const correlationId = typeof error.correlationId === "string" ? error.correlationId : null;
  return new ApiError(status, code, message, correlationId, readFields(error.details), error.details ?? null);
}

/**
 * Same-origin JSON request to the REST API. Resolves with the parsed body; rejects with an ApiError
 * built from the error envelope (or a generic one when the server sent none).
 */
export async function apiFetch<T>(path: string, options: ApiFetchOptions = {}): Promise<T> {
  const { method = "GET", body, rawBody, signal } = options;
  const sent = rawBody
    ? { contentType: rawBody.contentType, text: rawBody.text }
    : body === undefined
      ? null
      : { contentType: "application/json", text: JSON.stringify(body) };
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      signal,
      credentials: "same-origin",
      headers: sent
        ? { Accept: "application/json", "Content-Type": sent.contentType }
        : { Accept: "application/json" },
      body: sent?.text,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError(
      0,
      "network_error",
      "Could not reach the server. Check your connection and try again.",
    );
  }
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response.status, payload);
  // The contract types the body; the server is the source of truth for its shape.
  return payload as T;
}
