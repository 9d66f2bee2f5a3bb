"use client";

import { useState } from "react";
import { ConsentFiltersBar } from "@/components/privacy/consent/consent-filters-bar";
import { ConsentRecordsList } from "@/components/privacy/consent/consent-records-list";
import { RecordConsentDialog } from "@/components/privacy/consent/record-consent-dialog";
import {
  hasConsentFilters,
  NO_CONSENT_FILTERS,
  type ConsentFilters,
} from "@/lib/client/privacy/consent-filters";

/** The ledger: every grant and withdrawal, newest first, with filters and "Record consent". */
export function ConsentRecordsSection({ canWrite }: { canWrite: boolean }) {
  const [filters, setFilters] = useState<ConsentFilters>(NO_CONSENT_FILTERS);
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <ConsentFiltersBar filters={filters} onChange={setFilters} />
        {canWrite ? <RecordConsentDialog /> : null}
      </div>
      <ConsentRecordsList
        filters={filters}
        empty={
          hasConsentFilters(filters)
            ? { title: "No records match these filters", body: "Try another purpose or decision." }
            : {
                title: "No consent recorded yet",
                body: "Records come from this page, the REST API (/api/v1/consents) and CSV imports.",
              }
        }
      />
    </>
  );
}
