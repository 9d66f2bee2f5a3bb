import "server-only";
import type { CustomDetectorRow } from "@/lib/privacy/policies/policy-rows";
import { BUILT_IN_DETECTORS } from "@/lib/privacy/detection/built-in-detectors";
import type { DetectorView } from "@/lib/privacy/policies/policy-view-type";

/** The built-in detectors as the API lists them: id = kind, not editable. */
export function builtInDetectorViews(): DetectorView[] {
  return BUILT_IN_DETECTORS.map((info) => ({
    id: info.id,
    name: info.label,
    isBuiltIn: true,
    kind: info.id,
    description: info.description,
    pattern: null,
    flags: "",
    sample: null,
    isEnabled: true,
  }));
}

export function toDetectorView(row: CustomDetectorRow): DetectorView {
  return {
    id: row.id,
    name: row.name,
    isBuiltIn: false,
    kind: "custom",
    description: `Matches /${row.pattern}/${row.flags}`,
    pattern: row.pattern,
    flags: row.flags,
    sample: row.sample,
    isEnabled: row.isEnabled,
  };
}

const BUILT_IN_IDS = new Set<string>(BUILT_IN_DETECTORS.map((d) => d.id));

/** True for "email", "phone", … (a built-in detector's id is its kind). */
export function isBuiltInDetectorId(id: string): boolean {
  return BUILT_IN_IDS.has(id);
}
