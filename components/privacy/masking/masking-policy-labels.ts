import type { MaskingPolicyView } from "@/lib/privacy/policies/policy-view-type";

export const APPLIES_TO_LABELS: Record<MaskingPolicyView["appliesTo"], string> = {
  results: "Tool results",
  audit: "Stored arguments",
  both: "Results and stored arguments",
};
