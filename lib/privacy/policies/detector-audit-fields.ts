import type { CustomDetectorRow } from "@/lib/privacy/policies/policy-rows";

/** What an audit event says about a detector: not its sample, which may be a real person's data. */
export function detectorAuditFields(row: CustomDetectorRow) {
  return { name: row.name, pattern: row.pattern, flags: row.flags, isEnabled: row.isEnabled };
}
