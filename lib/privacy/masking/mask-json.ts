// Masks every string in a JSON value (nested objects and arrays, JSON inside strings); see
// json-masker.ts for the walk. The same instance comes back when nothing was masked.
import type { DetectionEngine } from "@/lib/privacy/detection/detection-types";
import type { MaskingContext, StrategyFor } from "@/lib/privacy/masking/masking-types";
import { createJsonMasker } from "@/lib/privacy/masking/json-masker";

export type MaskJsonResult = { value: unknown; masked: number };

export function maskJson(
  value: unknown,
  engine: DetectionEngine,
  strategyFor: StrategyFor,
  ctx: MaskingContext,
): MaskJsonResult {
  const masker = createJsonMasker(engine, strategyFor, ctx);
  const result = masker.maskNode(value, 0);
  return { value: result, masked: masker.masked() };
}
