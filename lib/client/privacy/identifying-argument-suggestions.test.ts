import { describe, expect, it } from "vitest";
import { suggestIdentifyingArguments } from "@/lib/client/privacy/identifying-argument-suggestions";

const schema = {
  type: "object",
  properties: {
    query: { type: "string" },
    limit: { type: "integer" },
    dryRun: { type: "boolean" },
    customer: {
      type: "object",
      properties: {
        email: { type: "string" },
        address: { type: "object", properties: { zip: { type: "string" } } },
      },
    },
    recipients: { type: "array", items: { type: "object", properties: { phone: { type: "string" } } } },
    userId: { type: ["string", "null"] },
  },
};

describe("suggestIdentifyingArguments", () => {
  it("lists scalar fields as dotted paths, person-like names first", () => {
    expect(suggestIdentifyingArguments(schema)).toEqual([
      "customer.email",
      "customer.address.zip",
      "userId",
      "query",
      "limit",
    ]);
  });

  it("leaves out booleans, objects and fields inside arrays", () => {
    const paths = suggestIdentifyingArguments(schema);
    expect(paths).not.toContain("dryRun");
    expect(paths).not.toContain("customer");
    expect(paths.some((p) => p.startsWith("recipients"))).toBe(false);
  });

  it("skips paths already chosen", () => {
    expect(suggestIdentifyingArguments(schema, ["customer.email", "query"])).toEqual([
      "customer.address.zip",
      "userId",
      "limit",
    ]);
  });

  it("suggests nothing for a schema without properties", () => {
    expect(suggestIdentifyingArguments(null)).toEqual([]);
    expect(suggestIdentifyingArguments({ type: "string" })).toEqual([]);
  });
});
