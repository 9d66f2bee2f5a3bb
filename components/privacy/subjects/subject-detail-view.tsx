"use client";

import { Link } from "@/components/ui/link";
import { LoadError } from "@/components/console/load-error";
import { PageSkeleton } from "@/components/console/page-skeleton";
import { ConsentRecordsList } from "@/components/privacy/consent/consent-records-list";
import { RecordConsentDialog } from "@/components/privacy/consent/record-consent-dialog";
import { PrivacySection } from "@/components/privacy/privacy-section";
import { ConsentsInForceTable } from "@/components/privacy/subjects/consents-in-force-table";
import { MaskedIdentifiers } from "@/components/privacy/subjects/masked-identifiers";
import { BackLink } from "@/components/servers/back-link";
import { focusRing } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { DetailList } from "@/components/ui/detail-list";
import { Timestamp } from "@/components/ui/timestamp";
import { cn } from "@/lib/client/cn";
import { useCan } from "@/lib/client/me/use-can";
import { NO_CONSENT_FILTERS } from "@/lib/client/privacy/consent-filters";
import { SUBJECT_SOURCE_LABELS } from "@/lib/client/privacy/source-labels";
import { useSubject } from "@/lib/client/privacy/use-subject";
import type { SubjectDetailView as SubjectDetail } from "@/lib/privacy/subjects/subject-view-type";

const BACK = { href: "/privacy/subjects", label: "Data subjects" };

/** One person: identifiers (masked), the consents in force with their actions, the ledger's history. */
export function SubjectDetailView({ id }: { id: string }) {
  const subject = useSubject(id);
  if (subject.isPending) return <PageSkeleton rows={6} />;
  if (subject.isError) {
    return (
      <>
        <BackLink {...BACK} />
        <LoadError error={subject.error} onRetry={() => void subject.refetch()} />
      </>
    );
  }
  return <SubjectDetailContent subject={subject.data} />;
}

function auditCountText(count: number): string {
  if (count === 0) return "No audit event names this person.";
  return `${count === 1 ? "1 audit event names" : `${count.toLocaleString()} audit events name`} this person as the actor or the subject.`;
}

function SubjectDetailContent({ subject }: { subject: SubjectDetail }) {
  const canWrite = useCan("consent:write");
  const canReadAudit = useCan("audit:read");
  return (
    <>
      <BackLink {...BACK} />
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
            Data subject
          </h1>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <code className="rounded-md bg-zinc-100 px-2 py-1 font-mono text-sm text-zinc-900 [overflow-wrap:anywhere] dark:bg-zinc-800 dark:text-zinc-100">
              {subject.id}
            </code>
            <CopyButton value={subject.id} label="Copy pseudonym" />
          </div>
        </div>
        {canWrite ? <RecordConsentDialog subjectId={subject.id} /> : null}
      </div>

      <div className="space-y-5">
        <div className="grid gap-5 lg:grid-cols-2">
          <PrivacySection
            title="Identifiers"
            id="subject-identifiers"
            description="Shown masked. Gatehouse keeps a keyed hash of each and the value encrypted under this person's key."
          >
            <DetailList
              items={[
                { label: "Identifiers", value: <MaskedIdentifiers identifiers={subject.identifiers} /> },
                { label: "First seen via", value: SUBJECT_SOURCE_LABELS[subject.source] },
                { label: "Registered", value: <Timestamp iso={subject.createdAt} /> },
              ]}
            />
          </PrivacySection>
          <PrivacySection title="Audit trail" id="subject-audit">
            <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="subject-audit-count">
              {auditCountText(subject.auditEventCount)}
            </p>
            {canReadAudit && subject.auditEventCount > 0 ? (
              <Link
                href={`/audit?subject=${encodeURIComponent(subject.id)}`}
                className={cn(
                  "mt-2 inline-block rounded text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-300",
                  focusRing,
                )}
              >
                Show the events about this person
              </Link>
            ) : null}
          </PrivacySection>
        </div>

        <PrivacySection
          title="Consent in force"
          id="subject-consents"
          description="The latest record per purpose; this is what the gateway checks on every call about this person."
          isFlush
        >
          <ConsentsInForceTable subjectId={subject.id} consents={subject.consents} canWrite={canWrite} />
        </PrivacySection>

        <section aria-labelledby="subject-history">
          <h2 id="subject-history" className="mb-3 text-sm font-semibold text-zinc-900 dark:text-zinc-50">
            Consent history
          </h2>
          <ConsentRecordsList
            filters={{ ...NO_CONSENT_FILTERS, subjectId: subject.id }}
            isSubjectShown={false}
            empty={{ title: "No consent records for this person" }}
          />
        </section>
      </div>
    </>
  );
}
