import { describe, expect, it } from "vitest";
import { auditSearchQuerySchema, filtersOf, timeBounds } from "@/lib/audit/search/audit-filters";

describe("auditSearchQuerySchema", () => {
  it("parses lists, cursor and limit from URL parameters", () => {
    const query = auditSearchQuerySchema.parse({
      category: "auth,gateway",
      result: "denied",
      before: "120",
      limit: "20",
    });
    expect(query).toMatchObject({
      category: ["auth", "gateway"],
      result: ["denied"],
      before: 120,
      limit: 20,
    });
  });
  it("names the bad field", () => {
    const badCategory = auditSearchQuerySchema.safeParse({ category: "auth,nope" });
    expect(badCategory.error!.issues.map((issue) => issue.path.join("."))).toEqual(["category.1"]);
    const backwards = auditSearchQuerySchema.safeParse({
      to: "2026-01-01T00:00:00Z",
      from: "2026-02-01T00:00:00Z",
    });
    expect(backwards.error!.issues).toEqual([
      expect.objectContaining({ path: ["to"], message: "The end of the time range is before its start" }),
    ]);
  });
  it("refuses unknown parameters and a malformed email", () => {
    expect(auditSearchQuerySchema.safeParse({ sort: "x" }).success).toBe(false);
    expect(auditSearchQuerySchema.safeParse({ person: "not-an-email" }).success).toBe(false);
  });
});

describe("filters", () => {
  it("drops paging and resolves relative ranges", () => {
    const query = auditSearchQuerySchema.parse({ range: "1h", q: "echo", limit: "10" });
    expect(filtersOf(query)).toEqual({ range: "1h", q: "echo" });
    expect(timeBounds(query, 3_600_000 * 2).from).toEqual(new Date(3_600_000));
  });
});
