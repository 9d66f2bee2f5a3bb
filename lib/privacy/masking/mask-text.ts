// Masks the findings of one text that the policy wants masked. Returns the very same string when
// nothing is masked, so callers can tell "unchanged" by identity and skip copying.
import type { DetectionEngine, Finding } from "@/lib/privacy/detection/detection-types";
import type { MaskingContext, StrategyFor } from "@/lib/privacy/masking/masking-types";
import { maskValue } from "@/lib/privacy/masking/mask-value";

export type MaskTextResult = { text: string; masked: Finding[] };

export function maskText(
  text: string,
  engine: DetectionEngine,
  strategyFor: StrategyFor,
  ctx: MaskingContext,
): MaskTextResult {
  const findings = engine.detect(text);
  if (findings.length === 0) return { text, masked: findings };
  const masked: Finding[] = [];
  let out = "";
  let copiedUpTo = 0;
  for (const finding of findings) {
    const strategy = strategyFor(finding);
    if (strategy === null) continue;
    out += text.slice(copiedUpTo, finding.start) + maskValue(finding, strategy, ctx);
    copiedUpTo = finding.end;
    masked.push(finding);
  }
  if (masked.length === 0) return { text, masked };
  return { text: out + text.slice(copiedUpTo), masked };
}
