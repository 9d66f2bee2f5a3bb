"use client";

import { Search } from "lucide-react";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { SegmentedChoice } from "@/components/ui/segmented-choice";
import { IDENTIFIER_KIND_LABELS } from "@/lib/client/privacy/identifier-kind-labels";
import { toSubjectSearch, type SubjectSearch } from "@/lib/client/privacy/subject-search";
import { IDENTIFIER_KINDS, type IdentifierKind } from "@/lib/privacy/subjects/schemas";

const KIND_OPTIONS = IDENTIFIER_KINDS.map((kind) => ({ value: kind, label: IDENTIFIER_KIND_LABELS[kind] }));

const PLACEHOLDERS: Record<IdentifierKind, string> = {
  email: "ada@example.com",
  phone: "+44 20 7946 0958",
  external_id: "The id your platform uses, e.g. crm-1042",
};

const INPUT_TYPES: Record<IdentifierKind, string> = { email: "email", phone: "tel", external_id: "text" };

export type SubjectSearchFormProps = {
  onSearch: (search: SubjectSearch | null) => void;
  isSearching: boolean;
};

/** Pick what you know about the person, type all of it, search. */
export function SubjectSearchForm({ onSearch, isSearching }: SubjectSearchFormProps) {
  const [kind, setKind] = useState<IdentifierKind>("email");
  const [text, setText] = useState("");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(toSubjectSearch(kind, text));
  }

  return (
    <form onSubmit={onSubmit} role="search" aria-label="Find a data subject" className="mb-4 space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <SegmentedChoice label="Search by" value={kind} onChange={setKind} options={KIND_OPTIONS} />
        <div className="min-w-64 flex-1 sm:max-w-md">
          <label htmlFor="subject-search" className="sr-only">
            {IDENTIFIER_KIND_LABELS[kind]}
          </label>
          <Input
            id="subject-search"
            type={INPUT_TYPES[kind]}
            placeholder={PLACEHOLDERS[kind]}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autoComplete="off"
            aria-describedby="subject-search-hint"
          />
        </div>
        <Button type="submit" disabled={isSearching || !text.trim()}>
          <Search aria-hidden="true" />
          {isSearching ? "Searching…" : "Search"}
        </Button>
      </div>
      <p id="subject-search-hint" className="text-xs text-zinc-500 dark:text-zinc-400">
        Search is exact: Gatehouse stores only keyed hashes of identifiers, so it can match a whole email,
        phone number or external id, never part of one.
      </p>
    </form>
  );
}
