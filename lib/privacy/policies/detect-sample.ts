import "server-only";
import { AppError } from "@/lib/errors";
import type { Finding } from "@/lib/privacy/detection/detection-types";
import { maskText } from "@/lib/privacy/masking/mask-text";
import type { StrategyFor } from "@/lib/privacy/masking/masking-types";
import { createMaskingContext } from "@/lib/privacy/policies/masking-context";
import { getMaskingRuntime } from "@/lib/privacy/policies/masking-runtime";
import type { RuntimePolicy } from "@/lib/privacy/policies/policy-precedence";
import type { DetectSampleResult } from "@/lib/privacy/policies/policy-view-type";
import { POLICY_STRATEGIES, type PolicyStrategy } from "@/lib/privacy/policies/schemas";

const MAX_SAMPLE_BYTES = 100 * 1024;

function constant(strategy: PolicyStrategy): StrategyFor {
  return () => (strategy === "none" ? null : strategy);
}

function policyStrategyFor(policy: RuntimePolicy): StrategyFor {
  const covers = (finding: Finding) =>
    policy.detectors.length === 0 || policy.detectors.includes(finding.detectorId);
  return (finding) => (policy.strategy !== "none" && covers(finding) ? policy.strategy : null);
}

/**
 * What the detectors find in a sample, and the sample as each enabled policy and each strategy
 * would mask it. Previews get tokens that are never stored: a sample is not a person's data.
 */
export async function detectSample(text: string): Promise<DetectSampleResult> {
  if (Buffer.byteLength(text, "utf8") > MAX_SAMPLE_BYTES) {
    throw new AppError("invalid_input", "The sample is larger than 100 KB.", { maxBytes: MAX_SAMPLE_BYTES });
  }
  const runtime = await getMaskingRuntime();
  const context = createMaskingContext({ storeTokens: false });
  const mask = (strategyFor: StrategyFor) => maskText(text, runtime.engine, strategyFor, context).text;
  return {
    findings: runtime.engine
      .detect(text)
      .map(({ kind, detectorId, start, end, value }) => ({ kind, detectorId, start, end, value })),
    previews: runtime.policies.map((policy) => ({
      policyId: policy.id,
      policyName: policy.name,
      strategy: policy.strategy,
      text: mask(policyStrategyFor(policy)),
    })),
    strategies: POLICY_STRATEGIES.map((strategy) => ({ strategy, text: mask(constant(strategy)) })),
  };
}
