import "server-only";
import { db } from "@/lib/db";
import { announceChange } from "@/lib/cache/change-feed";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditByActor } from "@/lib/audit/audit-event-types";
import { checkCustomDetector } from "@/lib/privacy/policies/check-custom-detector";
import { detectorAuditFields } from "@/lib/privacy/policies/detector-audit-fields";
import { toDetectorView } from "@/lib/privacy/policies/detector-view";
import type { DetectorView } from "@/lib/privacy/policies/policy-view-type";
import { createDetectorSchema, type CreateDetectorInput } from "@/lib/privacy/policies/schemas";

export async function createDetector(input: CreateDetectorInput, by: AuditByActor): Promise<DetectorView> {
  const data = createDetectorSchema.parse(input);
  await checkCustomDetector({ id: "", ...data });
  const row = await db.customDetector.create({ data });
  await announceChange("privacy");
  await recordEvent({
    category: "privacy",
    action: "detector_created",
    result: "success",
    actor: by.actor,
    target: row.name,
    details: { detectorId: row.id, after: detectorAuditFields(row) },
    meta: by.meta,
  });
  return toDetectorView(row);
}
