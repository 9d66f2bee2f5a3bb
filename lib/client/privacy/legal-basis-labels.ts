// How the console names the GDPR legal bases of purposes.
import type { LegalBasis } from "@/lib/privacy/consent/schemas";

export const LEGAL_BASIS_LABELS: Record<LegalBasis, string> = {
  consent: "Consent",
  contract: "Contract",
  legal_obligation: "Legal obligation",
  vital_interests: "Vital interests",
  public_task: "Public task",
  legitimate_interests: "Legitimate interests",
};
