"use client";

import { useState } from "react";
import { RegisterSubjectDialog } from "@/components/privacy/subjects/register-subject-dialog";
import { SubjectResults } from "@/components/privacy/subjects/subject-results";
import { SubjectSearchForm } from "@/components/privacy/subjects/subject-search-form";
import { PageHeader } from "@/components/ui/page-header";
import { useCan } from "@/lib/client/me/use-can";
import { subjectSearchQuery, type SubjectSearch } from "@/lib/client/privacy/subject-search";
import { useSubjects } from "@/lib/client/privacy/use-subjects";

/**
 * Data subjects: find a person by one identifier, and register people (consent:write). The search
 * stays in component state, not the URL, so identifiers do not land in browser history or logs.
 */
export function SubjectsView() {
  const [search, setSearch] = useState<SubjectSearch | null>(null);
  const subjects = useSubjects(search);
  const canWrite = useCan("consent:write");

  function onSearch(next: SubjectSearch | null) {
    // Searching again for the same person asks the server again (the gateway may have just met them).
    const isRepeat = next && search && subjectSearchQuery(next) === subjectSearchQuery(search);
    if (isRepeat) void subjects.refetch();
    else setSearch(next);
  }

  return (
    <>
      <PageHeader
        title="Data subjects"
        description="The people whose data Gatehouse holds or passes on, each under a random pseudonym. Identifiers are kept only as keyed hashes and encrypted under the person's own key."
        actions={canWrite ? <RegisterSubjectDialog /> : null}
      />
      <SubjectSearchForm onSearch={onSearch} isSearching={subjects.isFetching} />
      <SubjectResults search={search} subjects={subjects} />
    </>
  );
}
