/** An error answered by the REST API, carrying the envelope's code, message and field errors. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly correlationId: string | null = null,
    readonly fields: Record<string, string[]> = {},
    /** The envelope's `details` as sent (for errors that carry more than field messages, e.g. CSV rows). */
    readonly details: unknown = null,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The first error message for a form field or any of its items ("roles.0"), if the server rejected it. */
  fieldError(field: string): string | undefined {
    if (this.fields[field]?.[0]) return this.fields[field][0];
    const nested = Object.keys(this.fields).find((key) => key.startsWith(`${field}.`));
    return nested ? this.fields[nested]?.[0] : undefined;
  }
}
