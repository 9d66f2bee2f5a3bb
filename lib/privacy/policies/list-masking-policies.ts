import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { storedDetectorIds, toMaskingPolicyView } from "@/lib/privacy/policies/masking-policy-view";
import type { MaskingPolicyView } from "@/lib/privacy/policies/policy-view-type";

export async function listMaskingPolicies(): Promise<MaskingPolicyView[]> {
  const rows = await db.maskingPolicy.findMany({ orderBy: { name: "asc" } });
  return rows.map(toMaskingPolicyView);
}

export async function getMaskingPolicyOrThrow(id: string): Promise<MaskingPolicyView> {
  const row = await db.maskingPolicy.findUnique({ where: { id } });
  if (!row) throw new AppError("not_found", "No masking policy with this id.");
  return toMaskingPolicyView(row);
}

/** Names of the policies that list this detector id (few policies: read them all). */
export async function policiesNamingDetector(detectorId: string): Promise<string[]> {
  const rows = await db.maskingPolicy.findMany({ select: { name: true, detectors: true } });
  return rows.filter((r) => storedDetectorIds(r.detectors).includes(detectorId)).map((r) => r.name);
}
