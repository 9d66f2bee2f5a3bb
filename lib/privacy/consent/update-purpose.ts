import "server-only";
import { db } from "@/lib/db";
import { announceChange } from "@/lib/cache/change-feed";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditBy } from "@/lib/audit/audit-event-types";
import type { PurposeView } from "@/lib/privacy/consent/consent-view-type";
import { getPurposeOrThrow } from "@/lib/privacy/consent/list-purposes";
import { updatePurposeSchema, type UpdatePurposeInput } from "@/lib/privacy/consent/schemas";

const snapshot = (p: PurposeView) => ({ name: p.name, description: p.description, legalBasis: p.legalBasis });

/**
 * Changes a purpose. A built-in keeps the name and legal basis defined in code (the gateway's
 * enforcement depends on the basis); its description may change. Sending the current values is fine.
 */
export async function updatePurpose(
  key: string,
  input: UpdatePurposeInput,
  by: AuditBy,
): Promise<PurposeView> {
  const data = updatePurposeSchema.parse(input);
  const before = await getPurposeOrThrow(key);
  const changesFixed =
    (data.name !== undefined && data.name !== before.name) ||
    (data.legalBasis !== undefined && data.legalBasis !== before.legalBasis);
  if (before.isBuiltIn && changesFixed) {
    throw new AppError(
      "invalid_input",
      `${key} is a built-in purpose: only its description can change. Create a custom purpose instead.`,
    );
  }
  await db.purpose.update({ where: { key }, data });
  await announceChange("consent");
  const after = await getPurposeOrThrow(key);
  await recordEvent({
    category: "privacy",
    action: "purpose_updated",
    result: "success",
    actor: by.actor,
    target: key,
    details: { before: snapshot(before), after: snapshot(after) },
    meta: by.meta,
  });
  return after;
}
