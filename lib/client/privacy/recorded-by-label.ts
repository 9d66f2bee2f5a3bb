import type { ConsentRecordView } from "@/lib/privacy/consent/consent-view-type";

/** Who recorded a consent: the server's label, or what kind of actor it was when it sent none. */
export function recordedByLabel(recordedBy: ConsentRecordView["recordedBy"]): string {
  if (recordedBy.label) return recordedBy.label;
  if (recordedBy.type === "system") return "System";
  const kind = recordedBy.type === "api_key" ? "API key" : "User";
  return recordedBy.id ? `${kind} ${recordedBy.id}` : kind;
}
