import "server-only";
import { db } from "@/lib/db";
import { onChange } from "@/lib/cache/change-feed";
import { processSingleton } from "@/lib/process-singleton";
import {
  CONSENT_DECISIONS,
  LEGAL_BASES,
  type ConsentDecision,
  type LegalBasis,
} from "@/lib/privacy/consent/schemas";

// What the gateway asks on every call that needs consent. Warm answers come from memory; any
// consent record or purpose change (announceChange("consent")) drops everything, at once in this
// process and within the change feed's poll interval in others. Entries are promises, so that a
// burst of calls about one person shares one query, and a query begun before a change is never
// stored after it.

type Ledger = {
  bySubject: Map<string, Promise<Map<string, ConsentDecision>>>;
  purposes: Promise<Map<string, LegalBasis>> | null;
};
const ledger = processSingleton<Ledger>("privacy.consent-ledger", () => {
  const created: Ledger = { bySubject: new Map(), purposes: null };
  onChange(() => {
    created.bySubject.clear();
    created.purposes = null;
  }, "consent");
  return created;
});
const MAX_CACHED_SUBJECTS = 50_000;

async function loadSubject(subjectId: string): Promise<Map<string, ConsentDecision>> {
  // Newest first: the first record seen per purpose is the one in force.
  const rows = await db.consentRecord.findMany({
    where: { subjectId },
    orderBy: { id: "desc" },
    select: { purposeKey: true, decision: true },
  });
  const latest = new Map<string, ConsentDecision>();
  for (const row of rows) {
    if (latest.has(row.purposeKey)) continue;
    latest.set(row.purposeKey, CONSENT_DECISIONS.find((d) => d === row.decision) ?? "withdrawn");
  }
  return latest;
}

/** The subject's latest decision for the purpose, or null when none was ever recorded. */
export async function consentFor(subjectId: string, purposeKey: string): Promise<ConsentDecision | null> {
  let entry = ledger.bySubject.get(subjectId);
  if (!entry) {
    if (ledger.bySubject.size >= MAX_CACHED_SUBJECTS) ledger.bySubject.clear();
    const loading = loadSubject(subjectId);
    entry = loading;
    ledger.bySubject.set(subjectId, loading);
    loading.catch(() => {
      if (ledger.bySubject.get(subjectId) === loading) ledger.bySubject.delete(subjectId);
    });
  }
  return (await entry).get(purposeKey) ?? null;
}

async function loadPurposes(): Promise<Map<string, LegalBasis>> {
  const rows = await db.purpose.findMany({ select: { key: true, legalBasis: true } });
  // A basis outside the list cannot be written through the API; read it as the strictest.
  return new Map(rows.map((r) => [r.key, LEGAL_BASES.find((b) => b === r.legalBasis) ?? "consent"]));
}

/** The purpose's legal basis, or null for a purpose that does not exist. */
export async function purposeLegalBasis(purposeKey: string): Promise<LegalBasis | null> {
  let entry = ledger.purposes;
  if (!entry) {
    const loading = loadPurposes();
    entry = loading;
    ledger.purposes = loading;
    loading.catch(() => {
      if (ledger.purposes === loading) ledger.purposes = null;
    });
  }
  return (await entry).get(purposeKey) ?? null;
}
