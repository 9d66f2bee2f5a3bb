import { Muted } from "@/components/ui/muted";
import { IDENTIFIER_KIND_LABELS } from "@/lib/client/privacy/identifier-kind-labels";
import type { SubjectIdentifierView } from "@/lib/privacy/subjects/subject-view-type";

/** A person's identifiers as the server masks them ("Email j***@example.com"), one a line. */
export function MaskedIdentifiers({ identifiers }: { identifiers: readonly SubjectIdentifierView[] }) {
  if (identifiers.length === 0) return <Muted>None stored</Muted>;
  return (
    <ul className="space-y-0.5">
      {identifiers.map((identifier) => (
        <li key={`${identifier.kind}:${identifier.masked}`} className="flex flex-wrap gap-x-1.5">
          <span className="text-zinc-500 dark:text-zinc-400">{IDENTIFIER_KIND_LABELS[identifier.kind]}</span>
          <span className="font-mono text-zinc-800 [overflow-wrap:anywhere] dark:text-zinc-200">
            {identifier.masked}
          </span>
        </li>
      ))}
    </ul>
  );
}
