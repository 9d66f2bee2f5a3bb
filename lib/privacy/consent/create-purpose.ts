import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { announceChange } from "@/lib/cache/change-feed";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditBy } from "@/lib/audit/audit-event-types";
import type { PurposeView } from "@/lib/privacy/consent/consent-view-type";
import { getPurposeOrThrow } from "@/lib/privacy/consent/list-purposes";
import { createPurposeSchema, type CreatePurposeInput } from "@/lib/privacy/consent/schemas";

export async function createPurpose(input: CreatePurposeInput, by: AuditBy): Promise<PurposeView> {
  const data = createPurposeSchema.parse(input);
  try {
    await db.purpose.create({ data: { ...data, isBuiltIn: false } });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("conflict", `A purpose with key ${data.key} already exists.`);
    throw error;
  }
  await announceChange("consent");
  await recordEvent({
    category: "privacy",
    action: "purpose_created",
    result: "success",
    actor: by.actor,
    target: data.key,
    details: { after: data },
    meta: by.meta,
  });
  return getPurposeOrThrow(data.key);
}
