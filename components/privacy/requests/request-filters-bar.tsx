"use client";

import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import {
  DUE_FILTERS,
  hasRequestFilters,
  NO_REQUEST_FILTERS,
  type RequestFilters,
} from "@/lib/client/privacy/requests/request-filters";
import {
  DUE_FILTER_LABELS,
  REQUEST_STATE_LABELS,
  REQUEST_TYPE_LABELS,
} from "@/lib/client/privacy/requests/request-labels";
import { REQUEST_STATES, REQUEST_TYPES } from "@/lib/privacy/requests/request-types";

export type RequestFiltersBarProps = { filters: RequestFilters; onChange: (filters: RequestFilters) => void };

function pick<T extends string>(values: readonly T[], value: string): T | null {
  return values.find((v) => v === value) ?? null;
}

/** State, type and due over the request list. */
export function RequestFiltersBar({ filters, onChange }: RequestFiltersBarProps) {
  return (
    <div className="mb-4 flex flex-wrap items-end gap-3">
      <div className="w-48 space-y-1.5">
        <Label htmlFor="request-filter-state">State</Label>
        <Select
          id="request-filter-state"
          value={filters.state ?? ""}
          onChange={(e) => onChange({ ...filters, state: pick(REQUEST_STATES, e.currentTarget.value) })}
        >
          <option value="">Any state</option>
          {REQUEST_STATES.map((state) => (
            <option key={state} value={state}>
              {REQUEST_STATE_LABELS[state]}
            </option>
          ))}
        </Select>
      </div>
      <div className="w-36 space-y-1.5">
        <Label htmlFor="request-filter-type">Type</Label>
        <Select
          id="request-filter-type"
          value={filters.type ?? ""}
          onChange={(e) => onChange({ ...filters, type: pick(REQUEST_TYPES, e.currentTarget.value) })}
        >
          <option value="">Any type</option>
          {REQUEST_TYPES.map((type) => (
            <option key={type} value={type}>
              {REQUEST_TYPE_LABELS[type]}
            </option>
          ))}
        </Select>
      </div>
      <div className="w-48 space-y-1.5">
        <Label htmlFor="request-filter-due">Due</Label>
        <Select
          id="request-filter-due"
          value={filters.due ?? ""}
          onChange={(e) => onChange({ ...filters, due: pick(DUE_FILTERS, e.currentTarget.value) })}
        >
          <option value="">Any deadline</option>
          {DUE_FILTERS.map((due) => (
            <option key={due} value={due}>
              {DUE_FILTER_LABELS[due]}
            </option>
          ))}
        </Select>
      </div>
      {hasRequestFilters(filters) ? (
        <Button variant="ghost" size="sm" className="mb-0.5" onClick={() => onChange(NO_REQUEST_FILTERS)}>
          <X aria-hidden="true" />
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
