import "server-only";
import { db } from "@/lib/db";
import { announceChange } from "@/lib/cache/change-feed";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditByActor } from "@/lib/audit/audit-event-types";
import { checkCustomDetector } from "@/lib/privacy/policies/check-custom-detector";
import { detectorAuditFields } from "@/lib/privacy/policies/detector-audit-fields";
import { toDetectorView } from "@/lib/privacy/policies/detector-view";
import { getCustomDetectorOrThrow } from "@/lib/privacy/policies/list-detectors";
import type { DetectorView } from "@/lib/privacy/policies/policy-view-type";
import { updateDetectorSchema } from "@/lib/privacy/policies/schemas";
import type { z } from "zod";

/** Changes a custom detector; the result must still compile and match its sample. */
export async function updateDetector(
  id: string,
  input: z.input<typeof updateDetectorSchema>,
  by: AuditByActor,
): Promise<DetectorView> {
  const changes = updateDetectorSchema.parse(input);
  const before = await getCustomDetectorOrThrow(id);
  await checkCustomDetector({
    id,
    name: changes.name ?? before.name,
    pattern: changes.pattern ?? before.pattern,
    flags: changes.flags ?? before.flags,
    sample: changes.sample ?? before.sample,
  });
  const row = await db.customDetector.update({ where: { id }, data: changes });
  await announceChange("privacy");
  await recordEvent({
    category: "privacy",
    action: "detector_updated",
    result: "success",
    actor: by.actor,
    target: row.name,
    details: { detectorId: id, before: detectorAuditFields(before), after: detectorAuditFields(row) },
    meta: by.meta,
  });
  return toDetectorView(row);
}
