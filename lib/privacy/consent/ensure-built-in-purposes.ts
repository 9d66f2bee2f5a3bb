import "server-only";
import { db } from "@/lib/db";
import { BUILT_IN_PURPOSES } from "@/lib/privacy/consent/built-in-purposes";

/**
 * Creates the built-in purposes and keeps their names and legal bases equal to the list in code.
 * Descriptions are the compliance officer's to edit and are only set when a purpose is created.
 */
export async function ensureBuiltInPurposes(): Promise<void> {
  for (const purpose of BUILT_IN_PURPOSES) {
    await db.purpose.upsert({
      where: { key: purpose.key },
      create: { ...purpose, isBuiltIn: true },
      update: { name: purpose.name, legalBasis: purpose.legalBasis, isBuiltIn: true },
    });
  }
}
