import { describe, expect, it } from "vitest";
import {
  hasRequestFilters,
  NO_REQUEST_FILTERS,
  parseRequestFilters,
  requestFiltersQuery,
  requestsListHref,
} from "@/lib/client/privacy/requests/request-filters";

describe("request filters in the URL", () => {
  it("reads state, type and due, and ignores values the API would refuse", () => {
    expect(parseRequestFilters(new URLSearchParams("state=on_hold&type=erasure&due=due_1d"))).toEqual({
      state: "on_hold",
      type: "erasure",
      due: "due_1d",
    });
    expect(parseRequestFilters(new URLSearchParams("state=lost&type=delete&due=soon"))).toEqual(
      NO_REQUEST_FILTERS,
    );
  });

  it("writes them in a stable order, so equal filters share a cache entry", () => {
    const filters = { due: "overdue", type: "access", state: "received" } as const;
    expect(requestFiltersQuery(filters)).toBe("state=received&type=access&due=overdue");
    expect(parseRequestFilters(new URLSearchParams(requestFiltersQuery(filters)))).toEqual(filters);
  });

  it("links the overview's figures into the list", () => {
    expect(requestsListHref()).toBe("/privacy/requests");
    expect(requestsListHref({ due: "due_7d" })).toBe("/privacy/requests?due=due_7d");
    expect(hasRequestFilters(NO_REQUEST_FILTERS)).toBe(false);
    expect(hasRequestFilters({ ...NO_REQUEST_FILTERS, type: "access" })).toBe(true);
  });
});
