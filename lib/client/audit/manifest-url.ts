// The download link of an export's signed manifest.
export function manifestUrl(exportId: string): string {
  return `/api/v1/audit/exports/${encodeURIComponent(exportId)}/manifest`;
}
