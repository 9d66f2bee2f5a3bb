import "server-only";
import { db } from "@/lib/db";
import { onChange } from "@/lib/cache/change-feed";
import { processSingleton } from "@/lib/process-singleton";
import { createMaskingContext } from "@/lib/privacy/policies/masking-context";
import { toMaskingPolicyView } from "@/lib/privacy/policies/masking-policy-view";
import { createMaskingRuntime, type MaskingRuntime } from "@/lib/privacy/policies/create-masking-runtime";

export type { MaskingRuntime, MaskPlan } from "@/lib/privacy/policies/create-masking-runtime";

// One runtime per process, built on first use and again on first use after the "privacy" topic
// fires (detectors or policies changed here, or in another process within the feed's interval).
type State = { current: Promise<MaskingRuntime> | null; isSubscribed: boolean };
const state = processSingleton<State>("privacy.masking-runtime", () => ({
  current: null,
  isSubscribed: false,
}));

async function loadMaskingRuntime(): Promise<MaskingRuntime> {
  const [detectors, policies] = await Promise.all([
    db.customDetector.findMany({ where: { isEnabled: true }, orderBy: { name: "asc" } }),
    db.maskingPolicy.findMany({ where: { isEnabled: true } }),
  ]);
  return createMaskingRuntime({
    customDetectors: detectors.map(({ id, name, pattern, flags, sample }) => ({
      id,
      name,
      pattern,
      flags,
      sample,
    })),
    policies: policies.map(toMaskingPolicyView),
    context: createMaskingContext(),
  });
}

/** The process's masking runtime; no database read once built. */
export function getMaskingRuntime(): Promise<MaskingRuntime> {
  if (!state.isSubscribed) {
    state.isSubscribed = true;
    onChange(() => {
      state.current = null;
    }, "privacy");
  }
  if (state.current) return state.current;
  const loading = loadMaskingRuntime();
  state.current = loading;
  // A failed load is not kept. A change during the load has already cleared `current`, so the
  // next caller loads again.
  loading.catch(() => {
    if (state.current === loading) state.current = null;
  });
  return loading;
}
