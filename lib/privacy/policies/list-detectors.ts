import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { builtInDetectorViews, toDetectorView } from "@/lib/privacy/policies/detector-view";
import type { DetectorView } from "@/lib/privacy/policies/policy-view-type";
import type { CustomDetectorRow } from "@/lib/privacy/policies/policy-rows";

/** Built-ins first (in their fixed order), then custom detectors by name. */
export async function listDetectors(): Promise<DetectorView[]> {
  const custom = await db.customDetector.findMany({ orderBy: { name: "asc" } });
  return [...builtInDetectorViews(), ...custom.map(toDetectorView)];
}

export async function getCustomDetectorOrThrow(id: string): Promise<CustomDetectorRow> {
  const row = await db.customDetector.findUnique({ where: { id } });
  if (!row) throw new AppError("not_found", "No custom detector with this id.");
  return row;
}
