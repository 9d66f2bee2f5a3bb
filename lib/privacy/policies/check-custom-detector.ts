import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { compileCustomDetector } from "@/lib/privacy/detection/compile-custom-detector";
import { BUILT_IN_DETECTORS } from "@/lib/privacy/detection/built-in-detectors";

type DetectorFields = { id: string; name: string; pattern: string; flags: string; sample: string };

/**
 * Refuses a detector the engine would skip (bad regex, a sample it does not match, a pattern that
 * could backtrack for ever) with the engine's own message, and a name already taken.
 */
export async function checkCustomDetector(fields: DetectorFields): Promise<void> {
  const compiled = compileCustomDetector(fields);
  if (!compiled.ok) {
    throw new AppError("invalid_input", compiled.message, {
      fields: { [compiled.field]: [compiled.message] },
    });
  }
  const lower = fields.name.toLowerCase();
  const taken =
    BUILT_IN_DETECTORS.some((d) => d.label.toLowerCase() === lower) ||
    (await db.customDetector.findFirst({
      where: { name: fields.name, id: { not: fields.id } },
      select: { id: true },
    }));
  if (taken) {
    throw new AppError("conflict", `A detector named ${fields.name} already exists.`, {
      fields: { name: ["Already in use"] },
    });
  }
}
