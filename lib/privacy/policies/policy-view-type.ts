// The REST API's JSON shapes of detectors and masking policies. Types only, so client code may import them.
import type { PolicyStrategy } from "@/lib/privacy/policies/schemas";

export type DetectorView = {
  id: string;
  name: string;
  /** built-in detectors cannot be edited or removed */
  isBuiltIn: boolean;
  kind: string;
  description: string;
  pattern: string | null;
  flags: string;
  sample: string | null;
  isEnabled: boolean;
};

export type MaskingPolicyView = {
  id: string;
  name: string;
  toolPattern: string;
  roleName: string | null;
  detectors: string[];
  strategy: PolicyStrategy;
  appliesTo: "results" | "audit" | "both";
  isEnabled: boolean;
  createdAt: string;
  updatedAt: string;
};

/** The answer of POST /api/v1/privacy/detect. */
export type DetectSampleResult = {
  findings: { kind: string; detectorId: string; start: number; end: number; value: string }[];
  /** the sample as each enabled policy would mask it */
  previews: { policyId: string; policyName: string; strategy: PolicyStrategy; text: string }[];
  /** the sample under each strategy, for comparing */
  strategies: { strategy: PolicyStrategy; text: string }[];
};
