"use client";

import { useMemo } from "react";
import { indexFacets, type FacetIndex } from "@/lib/client/audit/audit-names";
import { useAuditFacets } from "@/lib/client/audit/use-audit-facets";

/** The facets indexed by id, for naming the ids in many rows. */
export function useFacetIndex(): FacetIndex {
  const { data } = useAuditFacets();
  return useMemo(() => indexFacets(data), [data]);
}
