import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type {
  ChainProblemKind,
  StoredVerification,
  VerificationView,
  VerifierRef,
} from "@/lib/audit/seal/integrity-types";

const SETTING_KEY = "audit_last_verification";

const PROBLEM_KINDS = [
  "event_edited",
  "event_missing",
  "event_inserted",
  "payload_edited",
  "payload_dropped_without_purge",
  "tombstone_without_purge",
  "redaction_unvouched",
  "seal_edited",
  "seal_chain_broken",
  "seal_missing",
] as const satisfies readonly ChainProblemKind[];

// The setting is written only by storeLastVerification; parsing it keeps a hand-edited row from reaching the page.
const storedVerificationSchema = z.object({
  ok: z.boolean(),
  verifiedUpToEventId: z.number().nullable(),
  sealsChecked: z.number(),
  eventsChecked: z.number(),
  tombstonesChecked: z.number(),
  unsealedEvents: z.number(),
  problem: z
    .object({
      kind: z.enum(PROBLEM_KINDS),
      eventId: z.number().optional(),
      sealId: z.number().optional(),
      message: z.string(),
    })
    .nullable(),
  durationMs: z.number(),
  verifiedAt: z.string(),
  by: z.object({ type: z.enum(["user", "api_key", "system"]), id: z.string().nullable() }),
});

/** Keeps the latest verification; who ran it is stored by id, so no email is copied into settings. */
export async function storeLastVerification(verification: StoredVerification): Promise<void> {
  await db.setting.upsert({
    where: { key: SETTING_KEY },
    create: { key: SETTING_KEY, value: verification },
    update: { value: verification },
  });
}

/** The latest verification with a readable name for who ran it, or null when none ran yet. */
export async function readLastVerification(): Promise<VerificationView | null> {
  const row = await db.setting.findUnique({ where: { key: SETTING_KEY } });
  const parsed = storedVerificationSchema.safeParse(row?.value);
  if (!parsed.success) return null;
  return { ...parsed.data, byLabel: await labelOf(parsed.data.by) };
}

async function labelOf(by: VerifierRef): Promise<string> {
  if (by.type === "system" || by.id === null) return "Gatehouse";
  if (by.type === "user") {
    const user = await db.user.findUnique({ where: { id: by.id }, select: { email: true } });
    return user?.email ?? "a deleted user";
  }
  const key = await db.apiKey.findUnique({ where: { id: by.id }, select: { name: true } });
  return key ? `API key ${key.name}` : "a deleted API key";
}
