import type { BUILT_IN_PURPOSE_KEYS, LegalBasis } from "@/lib/privacy/consent/schemas";

type BuiltInPurpose = {
  key: (typeof BUILT_IN_PURPOSE_KEYS)[number];
  name: string;
  description: string;
  legalBasis: LegalBasis;
};

/**
 * The purposes every installation has. Only "essential" stands on another basis than consent
 * (the service the person asked for, GDPR Art. 6(1)(b)); the others need the person's "granted".
 */
export const BUILT_IN_PURPOSES: readonly BuiltInPurpose[] = [
  {
    key: "essential",
    name: "Essential service",
    description: "Processing needed to provide the service the person asked for.",
    legalBasis: "contract",
  },
  {
    key: "analytics",
    name: "Analytics",
    description: "Measuring and improving how the service is used.",
    legalBasis: "consent",
  },
  {
    key: "marketing",
    name: "Marketing",
    description: "Sending offers and news, and personalising them.",
    legalBasis: "consent",
  },
  {
    key: "third_party",
    name: "Sharing with third parties",
    description: "Passing personal data on to other organisations.",
    legalBasis: "consent",
  },
  {
    key: "pii_access",
    name: "Access to personal data by agents",
    description: "Letting AI agents and their tools read the person's personal data.",
    legalBasis: "consent",
  },
];
