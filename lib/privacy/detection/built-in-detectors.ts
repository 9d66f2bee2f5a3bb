// What each built-in detector finds, for the console (the detectors page, the test page). The
// detectors themselves live one per file (detect-*.ts) and are assembled by create-detection-engine.
import type { PiiKind } from "@/lib/privacy/detection/detection-types";

export type BuiltInDetectorInfo = { id: Exclude<PiiKind, "custom">; label: string; description: string };

export const BUILT_IN_DETECTORS: readonly BuiltInDetectorInfo[] = [
  {
    id: "email",
    label: "Email address",
    description: "Addresses such as jane.doe@example.com, confirmed by validator's isEmail.",
  },
  {
    id: "phone",
    label: "Phone number",
    description:
      "International numbers (+44 20 7946 0958) and national ones in the default region ((202) 555-0143 for US), confirmed by libphonenumber. Digit runs without a + or separators (order numbers, timestamps) are not phone numbers.",
  },
  {
    id: "ssn",
    label: "US Social Security number",
    description:
      "ddd-dd-dddd, excluding numbers never issued (area 000, 666 or 900–999, group 00, serial 0000).",
  },
  {
    id: "card",
    label: "Payment card number",
    description:
      "13 to 19 digits, optionally grouped by spaces or dashes, of a known card brand and Luhn-valid.",
  },
  {
    id: "iban",
    label: "IBAN",
    description:
      "International bank account numbers, electronic or printed in groups of four, with a valid checksum.",
  },
  {
    id: "ip",
    label: "IP address",
    description: "IPv4 and IPv6 addresses; version numbers such as v1.2.3.4 or 1.2.3.4-beta are not.",
  },
  {
    id: "dob",
    label: "Date of birth",
    description:
      "A date (2024-01-31, 31/01/1990, 31 January 1990, January 31, 1990) within 40 characters of a word such as born, birthday, date of birth or DOB.",
  },
];
