import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { BUILT_IN_PURPOSE_KEYS } from "@/lib/privacy/consent/schemas";
import type { PrivacyDeclaration } from "@/lib/privacy/declarations/privacy-declaration";

const BUILT_IN = new Set<string>(BUILT_IN_PURPOSE_KEYS);

/** A declaration may only name purposes that exist (built-ins always do): 400 otherwise. */
export async function assertPurposesExist(declaration: PrivacyDeclaration | null): Promise<void> {
  const custom = [...new Set(declaration?.purposes ?? [])].filter((key) => !BUILT_IN.has(key));
  if (custom.length === 0) return;
  const found = await db.purpose.findMany({ where: { key: { in: custom } }, select: { key: true } });
  const known = new Set(found.map((p) => p.key));
  const unknown = custom.filter((key) => !known.has(key));
  if (unknown.length > 0) {
    throw new AppError("invalid_input", `Unknown purpose ${unknown.join(", ")}.`, {
      fields: { "declaration.purposes": unknown.map((key) => `Unknown purpose ${key}`) },
    });
  }
}
