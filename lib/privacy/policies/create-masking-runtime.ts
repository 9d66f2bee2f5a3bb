// The masking runtime: built once per change to detectors or policies (masking-runtime.ts),
// then asked on every call which plan applies. planFor runs on the gateway's hot path, so each
// (target, tool, roles) answer is computed once and kept in a bounded memo.
import { createDetectionEngine } from "@/lib/privacy/detection/create-detection-engine";
import {
  PII_KINDS,
  type CustomDetectorDefinition,
  type DetectionEngine,
  type Finding,
  type PiiKind,
} from "@/lib/privacy/detection/detection-types";
import type { MaskingContext, MaskStrategy, StrategyFor } from "@/lib/privacy/masking/masking-types";
import {
  applicablePolicies,
  resolveStrategies,
  type MaskTarget,
  type ResolvedStrategies,
  type RuntimePolicy,
} from "@/lib/privacy/policies/policy-precedence";
import type { PolicyStrategy } from "@/lib/privacy/policies/schemas";

export type MaskPlan = { engine: DetectionEngine; strategyFor: StrategyFor; context: MaskingContext };

export type MaskingRuntime = {
  /** Null: no policy applies, or every one that does lets values pass; skip detection entirely. */
  planFor(roles: readonly string[], toolPath: string, target: MaskTarget): MaskPlan | null;
  /** Built-ins and every enabled custom detector (the test page, audit views). */
  readonly engine: DetectionEngine;
  readonly policies: readonly RuntimePolicy[];
  readonly context: MaskingContext;
};

export type MaskingRuntimeOptions = {
  policies: readonly RuntimePolicy[];
  customDetectors: readonly CustomDetectorDefinition[];
  context: MaskingContext;
  /** How many (target, tool, roles) plans to remember; the oldest goes first. */
  memoSize?: number;
};

const DEFAULT_MEMO_SIZE = 4096;

function isPiiKind(id: string): id is PiiKind {
  return (PII_KINDS as readonly string[]).includes(id);
}

function asMaskStrategy(strategy: PolicyStrategy | null | undefined): MaskStrategy | null {
  return strategy === undefined || strategy === null || strategy === "none" ? null : strategy;
}

/** A strategy function over the resolved table: a finding's detector first, then "every detector". */
export function strategyForResolved(resolved: ResolvedStrategies): StrategyFor {
  return (finding: Finding) => asMaskStrategy(resolved.byDetector.get(finding.detectorId) ?? resolved.rest);
}

export function createMaskingRuntime(options: MaskingRuntimeOptions): MaskingRuntime {
  const { policies, context } = options;
  const custom = [...options.customDetectors];
  const engine = createDetectionEngine({ custom });
  const customIds = new Set(custom.map((d) => d.id));
  // A plan that masks only some detectors runs only those; plans with one set share an engine.
  const engines = new Map<string, DetectionEngine>();
  const engineFor = (resolved: ResolvedStrategies): DetectionEngine => {
    if (resolved.rest !== null) return engine;
    const ids = [...resolved.byDetector]
      .filter(([, s]) => s !== "none")
      .map(([id]) => id)
      .sort();
    const key = ids.join(",");
    let chosen = engines.get(key);
    if (!chosen) {
      chosen = createDetectionEngine({
        kinds: ids.filter((id): id is PiiKind => !customIds.has(id) && isPiiKind(id)),
        custom: custom.filter((d) => ids.includes(d.id)),
      });
      engines.set(key, chosen);
    }
    return chosen;
  };

  const memoSize = options.memoSize ?? DEFAULT_MEMO_SIZE;
  const memo = new Map<string, MaskPlan | null>();
  return {
    engine,
    policies,
    context,
    planFor(roles, toolPath, target) {
      const key = `${target}\n${toolPath}\n${roles.length > 1 ? [...roles].sort().join(",") : (roles[0] ?? "")}`;
      const known = memo.get(key);
      if (known !== undefined) return known;
      const resolved = resolveStrategies(applicablePolicies(policies, roles, toolPath, target));
      const plan = resolved && {
        engine: engineFor(resolved),
        strategyFor: strategyForResolved(resolved),
        context,
      };
      if (memo.size >= memoSize) memo.delete(memo.keys().next().value!);
      memo.set(key, plan);
      return plan;
    },
  };
}
