import "server-only";
import type { ErasureStepName } from "@/lib/privacy/erasure/erasure-progress";
import type { ErasureStep } from "@/lib/privacy/erasure/erasure-step";
import { collectStep } from "@/lib/privacy/erasure/collect-step";
import { legacyEventsStep } from "@/lib/privacy/erasure/legacy-events-step";
import { vaultStep } from "@/lib/privacy/erasure/vault-step";
import { accountStep } from "@/lib/privacy/erasure/account-step";
import { exportsStep } from "@/lib/privacy/erasure/exports-step";
import { auditExportsStep } from "@/lib/privacy/erasure/audit-exports-step";
import { registryStep } from "@/lib/privacy/erasure/registry-step";
import { shredStep } from "@/lib/privacy/erasure/shred-step";
import { certificateStep } from "@/lib/privacy/erasure/certificate-step";

/**
 * The erasure's steps, in the order they must run: everything that needs to read the person's
 * identifiers or key ("collect" to "exports") before the registry's link goes ("registry"), and
 * the key itself last but one ("shred").
 */
export const ERASURE_STEP_RUNNERS: Record<ErasureStepName, ErasureStep> = {
  collect: collectStep,
  legacy_events: legacyEventsStep,
  vault: vaultStep,
  account: accountStep,
  exports: exportsStep,
  audit_exports: auditExportsStep,
  registry: registryStep,
  shred: shredStep,
  certificate: certificateStep,
};
