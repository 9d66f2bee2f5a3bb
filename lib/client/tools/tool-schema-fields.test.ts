import { describe, expect, it } from "vitest";
import { describeSchemaType, listSchemaFields } from "@/lib/client/tools/tool-schema-fields";

describe("listSchemaFields", () => {
  it("lists properties with type, required, description, enum and default", () => {
    const rows = listSchemaFields({
      type: "object",
      properties: {
        message: { type: "string", description: "Text to echo" },
        units: { type: "string", enum: ["metric", "imperial"], default: "metric" },
        count: { type: "integer", minimum: 1, maximum: 10 },
      },
      required: ["message"],
    });
    expect(rows.map((r) => [r.name, r.type, r.isRequired])).toEqual([
      ["message", "string", true],
      ["units", "string", false],
      ["count", "integer", false],
    ]);
    expect(rows[0].description).toBe("Text to echo");
    expect(rows[1].enumValues).toEqual(["metric", "imperial"]);
    expect(rows[1].defaultValue).toBe("metric");
    expect(rows[2].constraints).toEqual(["min: 1", "max: 10"]);
  });

  it("indents nested objects and arrays of objects under their parent", () => {
    const rows = listSchemaFields({
      type: "object",
      properties: {
        options: { type: "object", properties: { deep: { type: "boolean" } }, required: ["deep"] },
        points: { type: "array", items: { type: "object", properties: { x: { type: "number" } } } },
      },
    });
    expect(rows.map((r) => [r.path, r.depth, r.type, r.isRequired])).toEqual([
      ["options", 0, "object", false],
      ["options.deep", 1, "boolean", true],
      ["points", 0, "object[]", false],
      ["points[].x", 1, "number", false],
    ]);
  });

  it("gives no rows for schemas without properties or that are not objects", () => {
    expect(listSchemaFields({ type: "object" })).toEqual([]);
    expect(listSchemaFields(null)).toEqual([]);
    expect(listSchemaFields("nope")).toEqual([]);
  });

  it("stops at a depth limit on self-similar schemas", () => {
    let schema: Record<string, unknown> = { type: "object", properties: { leaf: { type: "string" } } };
    for (let i = 0; i < 20; i++) schema = { type: "object", properties: { child: schema } };
    expect(Math.max(...listSchemaFields(schema).map((r) => r.depth))).toBe(5);
  });
});

describe("describeSchemaType", () => {
  it("names unions, nullable types, refs, arrays and consts", () => {
    expect(describeSchemaType({ anyOf: [{ type: "string" }, { type: "null" }] })).toBe("string | null");
    expect(describeSchemaType({ type: ["integer", "null"] })).toBe("integer | null");
    expect(describeSchemaType({ $ref: "#/$defs/Point" })).toBe("Point");
    expect(describeSchemaType({ type: "array", items: { type: "string" } })).toBe("string[]");
    expect(
      describeSchemaType({ type: "array", items: { anyOf: [{ type: "string" }, { type: "number" }] } }),
    ).toBe("(string | number)[]");
    expect(describeSchemaType({ const: "fixed" })).toBe("const fixed");
    expect(describeSchemaType({ enum: [1, 2] })).toBe("enum");
    expect(describeSchemaType({})).toBe("any");
  });
});
