// The REST API's JSON shapes of data subjects. Types only, so client code may import them.
import type { IdentifierKind } from "@/lib/privacy/subjects/schemas";
import type { ConsentRecordView } from "@/lib/privacy/consent/consent-view-type";

export type SubjectIdentifierView = {
  kind: IdentifierKind;
  /** masked for display ("j***@example.com", "***-***-1234"); the value itself only with privacy:reveal */
  masked: string;
  createdAt: string;
};

export type SubjectView = {
  /** the pseudonym */
  id: string;
  source: "console" | "gateway" | "api" | "import";
  createdAt: string;
  identifiers: SubjectIdentifierView[];
};

export type SubjectDetailView = SubjectView & {
  /** latest record per purpose: what is in force */
  consents: ConsentRecordView[];
  /** audit events where the person is the actor or the subject */
  auditEventCount: number;
};
