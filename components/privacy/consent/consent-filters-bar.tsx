"use client";

import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Switch } from "@/components/ui/switch";
import {
  hasConsentFilters,
  NO_CONSENT_FILTERS,
  type ConsentFilters,
} from "@/lib/client/privacy/consent-filters";
import { usePurposes } from "@/lib/client/privacy/use-purposes";
import { CONSENT_DECISIONS, type ConsentDecision } from "@/lib/privacy/consent/schemas";

export type ConsentFiltersBarProps = { filters: ConsentFilters; onChange: (filters: ConsentFilters) => void };

function isDecision(value: string): value is ConsentDecision {
  return (CONSENT_DECISIONS as readonly string[]).includes(value);
}

/** Purpose, decision and "in force only" over the ledger. */
export function ConsentFiltersBar({ filters, onChange }: ConsentFiltersBarProps) {
  const { data: purposes } = usePurposes();
  return (
    <div className="mb-4 flex flex-wrap items-end gap-3">
      <div className="w-56 space-y-1.5">
        <Label htmlFor="consent-filter-purpose">Purpose</Label>
        <Select
          id="consent-filter-purpose"
          value={filters.purpose ?? ""}
          onChange={(e) => onChange({ ...filters, purpose: e.currentTarget.value || null })}
        >
          <option value="">All purposes</option>
          {(purposes ?? []).map((purpose) => (
            <option key={purpose.key} value={purpose.key}>
              {purpose.name} ({purpose.key})
            </option>
          ))}
        </Select>
      </div>
      <div className="w-40 space-y-1.5">
        <Label htmlFor="consent-filter-decision">Decision</Label>
        <Select
          id="consent-filter-decision"
          value={filters.decision ?? ""}
          onChange={(e) => {
            const value = e.currentTarget.value;
            onChange({ ...filters, decision: isDecision(value) ? value : null });
          }}
        >
          <option value="">Any decision</option>
          <option value="granted">Granted</option>
          <option value="withdrawn">Withdrawn</option>
        </Select>
      </div>
      <div className="flex h-9 items-center gap-2">
        <Switch
          id="consent-filter-current"
          size="sm"
          checked={filters.isCurrentOnly}
          onCheckedChange={(isCurrentOnly) => onChange({ ...filters, isCurrentOnly })}
          aria-describedby="consent-filter-current-hint"
        />
        <Label htmlFor="consent-filter-current">In force only</Label>
        <span id="consent-filter-current-hint" className="sr-only">
          Only each person&apos;s latest record per purpose
        </span>
      </div>
      {hasConsentFilters(filters) ? (
        <Button variant="ghost" size="sm" className="mb-0.5" onClick={() => onChange(NO_CONSENT_FILTERS)}>
          <X aria-hidden="true" />
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
