// The retention classes: every audit category belongs to exactly one. Days per class are editable
// (RetentionPolicy rows); everything else here is fixed in code so that the verifier and the
// console agree on what each class means.

export type RetentionMode = "delete" | "drop_payload";

export type RetentionClass = {
  key: RetentionClassKey;
  label: string;
  description: string;
  /** The categories it covers; the catch-all class lists the known ones and takes any other too. */
  categories: readonly string[];
  isCatchAll: boolean;
  mode: RetentionMode;
  defaultDays: number;
};

export const RETENTION_CLASS_KEYS = ["sign_in", "tool_call_details", "access", "audit"] as const;
export type RetentionClassKey = (typeof RETENTION_CLASS_KEYS)[number];

export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 36_500;

export const RETENTION_CLASSES: readonly RetentionClass[] = [
  {
    key: "sign_in",
    label: "Sign-in events",
    description: "Sign-ins, failures and lockouts. Deleted when due; a tombstone keeps the chain verifiable.",
    categories: ["auth"],
    isCatchAll: false,
    mode: "delete",
    defaultDays: 400,
  },
  {
    key: "tool_call_details",
    label: "Tool-call details",
    description: "The arguments of gateway tool calls. Dropped when due; the event itself is kept.",
    categories: ["gateway"],
    isCatchAll: false,
    mode: "drop_payload",
    defaultDays: 90,
  },
  {
    key: "access",
    label: "Access decisions",
    description: "Refused requests and other access decisions. Deleted when due.",
    categories: ["access"],
    isCatchAll: false,
    mode: "delete",
    defaultDays: 2555,
  },
  {
    key: "audit",
    label: "Administration and audit",
    description:
      "Changes to users, roles, keys, servers and tools, privacy and audit actions, and any other category. Deleted when due.",
    categories: ["user", "role", "key", "server", "tool", "audit", "privacy", "system"],
    isCatchAll: true,
    mode: "delete",
    defaultDays: 2555,
  },
];

/** Categories claimed by a class other than the catch-all one. */
export const EXPLICIT_CATEGORIES: readonly string[] = RETENTION_CLASSES.filter((c) => !c.isCatchAll).flatMap(
  (c) => c.categories,
);

export function isRetentionClassKey(key: string): key is RetentionClassKey {
  return (RETENTION_CLASS_KEYS as readonly string[]).includes(key);
}

export function retentionClassOf(key: RetentionClassKey): RetentionClass {
  const found = RETENTION_CLASSES.find((c) => c.key === key);
  if (!found) throw new Error(`Unknown retention class ${key}`);
  return found;
}

/** The class an event category falls under. */
export function retentionClassForCategory(category: string): RetentionClass {
  return (
    RETENTION_CLASSES.find((c) => !c.isCatchAll && c.categories.includes(category)) ??
    RETENTION_CLASSES.find((c) => c.isCatchAll)!
  );
}
