import "server-only";
import { POLICY_STRATEGIES, POLICY_TARGETS, type PolicyStrategy } from "@/lib/privacy/policies/schemas";
import type { MaskingPolicyView } from "@/lib/privacy/policies/policy-view-type";
import type { MaskingPolicyRow } from "@/lib/privacy/policies/policy-rows";

type Target = MaskingPolicyView["appliesTo"];

/** The stored detector list: a JSON array of ids; anything else reads as "every detector". */
export function storedDetectorIds(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

// Rows are written through the schemas; an unknown stored value (edited by hand) masks fully
// rather than letting values pass.
function strategyOf(value: string): PolicyStrategy {
  return (POLICY_STRATEGIES as readonly string[]).includes(value) ? (value as PolicyStrategy) : "full";
}
function targetOf(value: string): Target {
  return (POLICY_TARGETS as readonly string[]).includes(value) ? (value as Target) : "both";
}

export function toMaskingPolicyView(row: MaskingPolicyRow): MaskingPolicyView {
  return {
    id: row.id,
    name: row.name,
    toolPattern: row.toolPattern,
    roleName: row.roleName,
    detectors: storedDetectorIds(row.detectors),
    strategy: strategyOf(row.strategy),
    appliesTo: targetOf(row.appliesTo),
    isEnabled: row.isEnabled,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
