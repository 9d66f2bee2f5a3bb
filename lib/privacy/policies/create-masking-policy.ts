import "server-only";
import { db } from "@/lib/db";
import { announceChange } from "@/lib/cache/change-feed";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditByActor } from "@/lib/audit/audit-event-types";
import { checkMaskingPolicy } from "@/lib/privacy/policies/check-masking-policy";
import { policyAuditFields } from "@/lib/privacy/policies/policy-audit-fields";
import { toMaskingPolicyView } from "@/lib/privacy/policies/masking-policy-view";
import type { MaskingPolicyView } from "@/lib/privacy/policies/policy-view-type";
import { createMaskingPolicySchema, type CreateMaskingPolicyInput } from "@/lib/privacy/policies/schemas";

export async function createMaskingPolicy(
  input: CreateMaskingPolicyInput,
  by: AuditByActor,
): Promise<MaskingPolicyView> {
  const data = createMaskingPolicySchema.parse(input);
  const detectors = [...new Set(data.detectors)];
  await checkMaskingPolicy({ id: "", name: data.name, roleName: data.roleName, detectors });
  const policy = toMaskingPolicyView(await db.maskingPolicy.create({ data: { ...data, detectors } }));
  await announceChange("privacy");
  await recordEvent({
    category: "privacy",
    action: "masking_policy_created",
    result: "success",
    actor: by.actor,
    target: policy.name,
    details: { policyId: policy.id, after: policyAuditFields(policy) },
    meta: by.meta,
  });
  return policy;
}
