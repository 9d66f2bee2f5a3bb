"use client";

import { Download } from "lucide-react";
import { Button } from "@/components/ui/button";
import { saveBlob } from "@/lib/client/audit/save-blob";
import {
  CONSENT_CSV_EXAMPLE_ROWS,
  CONSENT_CSV_HEADER,
  CONSENT_CSV_TEMPLATE,
  CONSENT_CSV_TEMPLATE_FILE_NAME,
} from "@/lib/client/privacy/consent-csv-template";

const code = "rounded bg-zinc-100 px-1 font-mono text-xs dark:bg-zinc-800";

/** The file format: the header line, what each column takes, an example and the template to download. */
export function CsvFormatHelp() {
  return (
    <div className="space-y-3 text-sm text-zinc-700 dark:text-zinc-300">
      <p>The first line names the columns:</p>
      <pre className="overflow-x-auto rounded-md border border-zinc-200 bg-zinc-50 p-3 font-mono text-xs text-zinc-900 dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-100">
        {[CONSENT_CSV_HEADER, ...CONSENT_CSV_EXAMPLE_ROWS].join("\n")}
      </pre>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          Name the person on each row by one of <span className={code}>email</span>,{" "}
          <span className={code}>phone</span>, <span className={code}>external_id</span> or{" "}
          <span className={code}>subject_id</span> (the pseudonym); leave the others empty.
        </li>
        <li>
          <span className={code}>purpose</span> is a purpose key; <span className={code}>decision</span> is{" "}
          <span className={code}>granted</span> or <span className={code}>withdrawn</span>;{" "}
          <span className={code}>notice_version</span> may be empty.
        </li>
        <li>Rows are applied in file order, so a later row for the same person and purpose wins.</li>
      </ul>
      <Button
        variant="secondary"
        size="sm"
        onClick={() =>
          saveBlob(new Blob([CONSENT_CSV_TEMPLATE], { type: "text/csv" }), CONSENT_CSV_TEMPLATE_FILE_NAME)
        }
      >
        <Download aria-hidden="true" />
        Download template
      </Button>
    </div>
  );
}
