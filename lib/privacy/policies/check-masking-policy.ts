import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isBuiltInDetectorId } from "@/lib/privacy/policies/detector-view";

type PolicyFields = { id: string; name: string; roleName: string | null; detectors: readonly string[] };

/** A policy must name detectors and a role that exist, and a name no other policy has. */
export async function checkMaskingPolicy(fields: PolicyFields): Promise<void> {
  const customIds = fields.detectors.filter((id) => !isBuiltInDetectorId(id));
  if (customIds.length > 0) {
    const found = await db.customDetector.findMany({
      where: { id: { in: customIds } },
      select: { id: true },
    });
    const unknown = customIds.filter((id) => !found.some((f) => f.id === id));
    if (unknown.length > 0) {
      const message = `Unknown detector ${unknown.join(", ")}: use a built-in kind or a custom detector's id.`;
      throw new AppError("invalid_input", message, { fields: { detectors: [message] } });
    }
  }
  if (fields.roleName !== null) {
    const role = await db.role.findUnique({ where: { name: fields.roleName }, select: { id: true } });
    if (!role) {
      const message = `No role named ${fields.roleName}.`;
      throw new AppError("invalid_input", message, { fields: { roleName: [message] } });
    }
  }
  const taken = await db.maskingPolicy.findFirst({
    where: { name: fields.name, id: { not: fields.id } },
    select: { id: true },
  });
  if (taken) {
    throw new AppError("conflict", `A masking policy named ${fields.name} already exists.`, {
      fields: { name: ["Already in use"] },
    });
  }
}
