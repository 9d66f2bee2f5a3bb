// Runs a full export through the same code as GET /api/v1/audit/export (startAuditExport: stream,
// hash, signed manifest, audit event) and reads the body to the end, as a client downloading it.
import { actorOf } from "@/lib/audit/record-event";
import { startAuditExport } from "@/lib/audit/export/start-audit-export";
import type { ExportFormat } from "@/lib/audit/export/encode-export-batch";
import type { Principal } from "@/lib/auth/principal";

const benchOfficer: Principal = {
  type: "user",
  id: "bench-officer",
  email: "officer@example.com",
  name: "Bench Officer",
  via: "session",
  access: {
    roles: ["compliance_officer"],
    effectiveRoles: ["compliance_officer"],
    capabilities: new Map([["audit:export", "compliance_officer"]]),
    toolGrants: [],
    rateLimitPerMinute: null,
    reachesEveryTool: false,
  },
};

export async function exportToSink(
  format: ExportFormat,
): Promise<{ rows: number; bytes: number; exportId: string }> {
  const started = await startAuditExport(
    { format, filters: {} },
    { principal: benchOfficer, actor: actorOf(benchOfficer) },
  );
  let bytes = 0;
  const reader = started.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
  }
  return { rows: started.totalRows, bytes, exportId: started.exportId };
}
