"use client";

import { Link } from "@/components/ui/link";
import { MaskedIdentifiers } from "@/components/privacy/subjects/masked-identifiers";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { DialogFooter } from "@/components/ui/dialog";
import type { SubjectView } from "@/lib/privacy/subjects/subject-view-type";

/** The pseudonym a registration produced, for the person to copy into other systems. */
export function RegisteredSubject({ subject, onClose }: { subject: SubjectView; onClose: () => void }) {
  return (
    <div className="space-y-4 text-sm">
      <div>
        <p className="mb-1.5 font-medium text-zinc-800 dark:text-zinc-200">Pseudonym</p>
        <div className="flex items-center gap-2">
          <code
            data-testid="new-subject-pseudonym"
            className="min-w-0 flex-1 rounded-md border border-zinc-300 bg-zinc-50 px-3 py-2 font-mono break-all select-all dark:border-zinc-700 dark:bg-zinc-950"
          >
            {subject.id}
          </code>
          <CopyButton value={subject.id} />
        </div>
      </div>
      <MaskedIdentifiers identifiers={subject.identifiers} />
      <p className="text-zinc-600 dark:text-zinc-400">
        Audit events and consent records name the person by this pseudonym. If one of the identifiers was
        already known, this is the person who had it.
      </p>
      <DialogFooter>
        <Button variant="secondary" asChild>
          <Link href={`/privacy/subjects/${encodeURIComponent(subject.id)}`} onClick={onClose}>
            Open their page
          </Link>
        </Button>
        <Button onClick={onClose}>Done</Button>
      </DialogFooter>
    </div>
  );
}
