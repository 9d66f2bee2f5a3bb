import { ApiError } from "@/lib/client/api-error";
import type { ConsentImportResult } from "@/lib/privacy/consent/consent-view-type";

export type ImportErrorRow = ConsentImportResult["errors"][number];

/**
 * The bad rows a refused real import names in its error envelope (details.errors); null when the
 * error is of another kind (network, permission), which the caller reports as it is.
 */
export function importErrorRows(error: unknown): ImportErrorRow[] | null {
  if (!(error instanceof ApiError) || typeof error.details !== "object" || error.details === null)
    return null;
  const rows: unknown = "errors" in error.details ? error.details.errors : null;
  if (!Array.isArray(rows)) return null;
  return rows.flatMap((row: unknown) =>
    typeof row === "object" &&
    row !== null &&
    "line" in row &&
    "message" in row &&
    typeof row.line === "number" &&
    typeof row.message === "string"
      ? [{ line: row.line, message: row.message }]
      : [],
  );
}
