import "server-only";
import { db } from "@/lib/db";
import { announceChange } from "@/lib/cache/change-feed";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditByActor } from "@/lib/audit/audit-event-types";
import { detectorAuditFields } from "@/lib/privacy/policies/detector-audit-fields";
import { getCustomDetectorOrThrow } from "@/lib/privacy/policies/list-detectors";
import { policiesNamingDetector } from "@/lib/privacy/policies/list-masking-policies";

/** Deletes a custom detector no masking policy names (a policy would silently lose its detector). */
export async function deleteDetector(id: string, by: AuditByActor): Promise<void> {
  const before = await getCustomDetectorOrThrow(id);
  const users = await policiesNamingDetector(id);
  if (users.length > 0) {
    throw new AppError(
      "conflict",
      `${before.name} is used by the masking policies ${users.join(", ")}; remove it from them first.`,
    );
  }
  await db.customDetector.delete({ where: { id } });
  await announceChange("privacy");
  await recordEvent({
    category: "privacy",
    action: "detector_deleted",
    result: "success",
    actor: by.actor,
    target: before.name,
    details: { detectorId: id, before: detectorAuditFields(before) },
    meta: by.meta,
  });
}
