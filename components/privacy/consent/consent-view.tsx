"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { ConsentImportSection } from "@/components/privacy/consent/consent-import-section";
import { ConsentRecordsSection } from "@/components/privacy/consent/consent-records-section";
import { PurposesSection } from "@/components/privacy/consent/purposes-section";
import { PageHeader } from "@/components/ui/page-header";
import { Tabs } from "@/components/ui/tabs";
import { useCan } from "@/lib/client/me/use-can";
import { EMPTY_IMPORT_DRAFT, type ImportDraft } from "@/lib/client/privacy/import-readiness";

const TABS = ["purposes", "records", "import"] as const;
type Tab = (typeof TABS)[number];

function isTab(value: string | null): value is Tab {
  return (TABS as readonly (string | null)[]).includes(value);
}

/** Consent: the purposes, the ledger of records, and the CSV import; the tab lives in the URL. */
export function ConsentView() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const requested = searchParams.get("tab");
  const tab: Tab = isTab(requested) ? requested : "purposes";
  const canWrite = useCan("consent:write");
  // Held here, not in the Import tab, so switching tabs keeps the pasted text and its check.
  const [importDraft, setImportDraft] = useState<ImportDraft>(EMPTY_IMPORT_DRAFT);

  return (
    <>
      <PageHeader
        title="Consent"
        description="What each person agreed to, per purpose. Records are append-only: the latest one per person and purpose is in force, and the gateway checks it on every call."
      />
      {canWrite ? null : (
        <p className="-mt-3 mb-5 text-sm text-zinc-600 dark:text-zinc-400">
          You can see purposes and records; recording consent and managing purposes needs the consent:write
          capability.
        </p>
      )}
      <Tabs
        label="Consent"
        value={tab}
        onValueChange={(id) =>
          router.replace(id === "purposes" ? pathname : `${pathname}?tab=${id}`, { scroll: false })
        }
        tabs={[
          { id: "purposes", label: "Purposes", content: <PurposesSection canWrite={canWrite} /> },
          { id: "records", label: "Records", content: <ConsentRecordsSection canWrite={canWrite} /> },
          {
            id: "import",
            label: "Import",
            content: (
              <ConsentImportSection draft={importDraft} onDraftChange={setImportDraft} canWrite={canWrite} />
            ),
          },
        ]}
      />
    </>
  );
}
