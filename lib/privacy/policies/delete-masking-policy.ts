import "server-only";
import { db } from "@/lib/db";
import { announceChange } from "@/lib/cache/change-feed";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditByActor } from "@/lib/audit/audit-event-types";
import { getMaskingPolicyOrThrow } from "@/lib/privacy/policies/list-masking-policies";
import { policyAuditFields } from "@/lib/privacy/policies/policy-audit-fields";

export async function deleteMaskingPolicy(id: string, by: AuditByActor): Promise<void> {
  const before = await getMaskingPolicyOrThrow(id);
  await db.maskingPolicy.delete({ where: { id } });
  await announceChange("privacy");
  await recordEvent({
    category: "privacy",
    action: "masking_policy_deleted",
    result: "success",
    actor: by.actor,
    target: before.name,
    details: { policyId: id, before: policyAuditFields(before) },
    meta: by.meta,
  });
}
