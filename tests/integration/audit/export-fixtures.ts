// Shared by the export tests: events written through the real row builder, and an export taken
// through the real route handlers, written to a temporary directory as a person would save it.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as exportRoute from "@/app/api/v1/audit/export/route";
import * as manifestRoute from "@/app/api/v1/audit/exports/[id]/manifest/route";
import { insertAuditRows } from "@/lib/audit/insert-audit-rows";
import { prepareAuditRow } from "@/lib/audit/prepare-audit-row";
import type { AuditEventInput } from "@/lib/audit/audit-event-types";
import type { ExportManifest } from "@/lib/audit/export/export-manifest";
import { buildRequest, call, callHandler, type Credentials } from "../../helpers/http";

/** Writes the events in order (one INSERT), all at the given time. */
export async function insertEvents(inputs: readonly AuditEventInput[], at = new Date()): Promise<void> {
  const rows = [];
  for (const input of inputs) rows.push(await prepareAuditRow(input, at));
  await insertAuditRows(rows);
}

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), "gatehouse-export-"));
}

export type StartedExport = { response: Response; exportId: string; totalRows: number };

/** Starts an export; the body is left unread (the caller streams or cancels it). */
export async function startExport(
  query: Record<string, string>,
  credentials: Credentials,
): Promise<StartedExport> {
  const url = `/api/v1/audit/export?${new URLSearchParams(query)}`;
  const response = await callHandler(exportRoute.GET, buildRequest("GET", url, credentials));
  return {
    response,
    exportId: response.headers.get("x-export-id") ?? "",
    totalRows: Number(response.headers.get("x-export-total-rows")),
  };
}

export type SavedExport = {
  filePath: string;
  manifestPath: string;
  bytes: Buffer;
  manifest: ExportManifest;
  exportId: string;
  headers: Headers;
  totalRows: number;
};

/** The whole round trip: download the file, then its manifest, and save both side by side. */
export async function exportToFiles(
  query: Record<string, string>,
  credentials: Credentials,
  dir = tempDir(),
): Promise<SavedExport> {
  const { response, exportId, totalRows } = await startExport(query, credentials);
  if (response.status !== 200)
    throw new Error(`export answered ${response.status}: ${await response.text()}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  const manifestResponse = await call<string>(
    manifestRoute.GET,
    "GET",
    `/api/v1/audit/exports/${exportId}/manifest`,
    { ...credentials, params: { id: exportId } },
  );
  if (manifestResponse.status !== 200)
    throw new Error(`manifest answered ${manifestResponse.status}: ${JSON.stringify(manifestResponse.body)}`);
  const manifest = manifestResponse.body as unknown as ExportManifest;
  const filePath = path.join(dir, manifest.file.name);
  const manifestPath = path.join(dir, manifest.file.name.replace(/\.\w+$/, ".manifest.json"));
  writeFileSync(filePath, bytes);
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return { filePath, manifestPath, bytes, manifest, exportId, headers: response.headers, totalRows };
}
