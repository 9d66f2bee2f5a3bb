import type { MaskingPolicyView } from "@/lib/privacy/policies/policy-view-type";

/** A masking policy as its audit events record it. */
export function policyAuditFields(policy: MaskingPolicyView) {
  const { name, toolPattern, roleName, detectors, strategy, appliesTo, isEnabled } = policy;
  return { name, toolPattern, roleName, detectors, strategy, appliesTo, isEnabled };
}
