import type { LegalBasis } from "@/lib/privacy/consent/schemas";

/** Each GDPR Art. 6 basis with a line saying when it fits; only "consent" is checked per call. */
export const LEGAL_BASIS_INFO: Record<LegalBasis, { label: string; explanation: string }> = {
  consent: {
    label: "Consent",
    explanation:
      "The person agreed. Calls for this purpose are refused unless their latest record is granted.",
  },
  contract: {
    label: "Contract",
    explanation: "Needed to perform a contract with the person or to take steps they asked for before one.",
  },
  legal_obligation: {
    label: "Legal obligation",
    explanation: "A law requires the processing (tax records, anti-money-laundering checks).",
  },
  vital_interests: {
    label: "Vital interests",
    explanation: "Needed to protect someone's life, when consent cannot be asked for.",
  },
  public_task: {
    label: "Public task",
    explanation: "Needed for a task in the public interest or an official authority set in law.",
  },
  legitimate_interests: {
    label: "Legitimate interests",
    explanation: "Your interest, weighed against the person's rights (fraud prevention, security).",
  },
};
