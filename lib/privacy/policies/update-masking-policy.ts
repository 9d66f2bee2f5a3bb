import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { announceChange } from "@/lib/cache/change-feed";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditByActor } from "@/lib/audit/audit-event-types";
import { checkMaskingPolicy } from "@/lib/privacy/policies/check-masking-policy";
import { getMaskingPolicyOrThrow } from "@/lib/privacy/policies/list-masking-policies";
import { policyAuditFields } from "@/lib/privacy/policies/policy-audit-fields";
import { toMaskingPolicyView } from "@/lib/privacy/policies/masking-policy-view";
import type { MaskingPolicyView } from "@/lib/privacy/policies/policy-view-type";
import { updateMaskingPolicySchema } from "@/lib/privacy/policies/schemas";

export async function updateMaskingPolicy(
  id: string,
  input: z.input<typeof updateMaskingPolicySchema>,
  by: AuditByActor,
): Promise<MaskingPolicyView> {
  const changes = updateMaskingPolicySchema.parse(input);
  const before = await getMaskingPolicyOrThrow(id);
  const detectors = changes.detectors ? [...new Set(changes.detectors)] : undefined;
  await checkMaskingPolicy({
    id,
    name: changes.name ?? before.name,
    roleName: changes.roleName === undefined ? before.roleName : changes.roleName,
    detectors: detectors ?? before.detectors,
  });
  const policy = toMaskingPolicyView(
    await db.maskingPolicy.update({
      where: { id },
      data: { ...changes, ...(detectors ? { detectors } : {}) },
    }),
  );
  await announceChange("privacy");
  await recordEvent({
    category: "privacy",
    action: "masking_policy_updated",
    result: "success",
    actor: by.actor,
    target: policy.name,
    details: { policyId: id, before: policyAuditFields(before), after: policyAuditFields(policy) },
    meta: by.meta,
  });
  return policy;
}
