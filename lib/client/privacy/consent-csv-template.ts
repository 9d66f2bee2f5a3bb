// The CSV the consent import takes (POST /api/v1/consents/import). One of the four identifier
// columns names the person on each row; notice_version may be empty.

export const CONSENT_CSV_COLUMNS = [
  "email",
  "phone",
  "external_id",
  "subject_id",
  "purpose",
  "decision",
  "notice_version",
] as const;

export const CONSENT_CSV_HEADER = CONSENT_CSV_COLUMNS.join(",");

/** One row per way of naming a person, so the template shows each. */
export const CONSENT_CSV_EXAMPLE_ROWS = [
  "ada@example.com,,,,marketing,granted,2026-01",
  ",+44 20 7946 0958,,,analytics,withdrawn,",
  ",,crm-1042,,pii_access,granted,v3",
  ",,,ds_Example12345,third_party,withdrawn,2026-01",
] as const;

/** The downloadable template: the header line and the example rows. */
export const CONSENT_CSV_TEMPLATE = [CONSENT_CSV_HEADER, ...CONSENT_CSV_EXAMPLE_ROWS].join("\n") + "\n";

export const CONSENT_CSV_TEMPLATE_FILE_NAME = "consent-import-template.csv";
