import "server-only";
import { db } from "@/lib/db";
import { announceChange } from "@/lib/cache/change-feed";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditBy } from "@/lib/audit/audit-event-types";
import { getPurposeOrThrow } from "@/lib/privacy/consent/list-purposes";

/**
 * Deletes a custom purpose that no consent record names: the ledger is append-only, so a purpose
 * with history stays (409).
 */
export async function deletePurpose(key: string, by: AuditBy): Promise<void> {
  const purpose = await getPurposeOrThrow(key);
  if (purpose.isBuiltIn)
    throw new AppError("conflict", `${key} is a built-in purpose and cannot be deleted.`);
  if (purpose.recordCount > 0) {
    throw new AppError(
      "conflict",
      `${key} has ${purpose.recordCount} consent record(s); a purpose with history cannot be deleted.`,
    );
  }
  await db.purpose.delete({ where: { key } });
  await announceChange("consent");
  await recordEvent({
    category: "privacy",
    action: "purpose_deleted",
    result: "success",
    actor: by.actor,
    target: key,
    details: {
      before: { name: purpose.name, description: purpose.description, legalBasis: purpose.legalBasis },
    },
    meta: by.meta,
  });
}
