import "server-only";
import { db } from "@/lib/db";
import { legalHoldSelect, toLegalHoldViews } from "@/lib/audit/retention/legal-hold-view";
import type { LegalHoldView } from "@/lib/audit/retention/retention-views";

/** Every legal hold, active ones first, then released ones; newest first within each. */
export async function listLegalHolds(): Promise<LegalHoldView[]> {
  const [active, released] = await Promise.all([
    db.legalHold.findMany({
      where: { releasedAt: null },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: legalHoldSelect,
    }),
    db.legalHold.findMany({
      where: { releasedAt: { not: null } },
      orderBy: [{ releasedAt: "desc" }, { id: "desc" }],
      select: legalHoldSelect,
    }),
  ]);
  return toLegalHoldViews([...active, ...released]);
}
