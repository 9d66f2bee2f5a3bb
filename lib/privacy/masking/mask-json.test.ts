import { describe, expect, it } from "vitest";
import { createDetectionEngine } from "@/lib/privacy/detection/create-detection-engine";
import { MAX_DEPTH } from "@/lib/privacy/masking/json-masker";
import { maskJson } from "@/lib/privacy/masking/mask-json";
import { testMaskingContext as ctx } from "@/tests/helpers/masking-context";
import type { StrategyFor } from "@/lib/privacy/masking/masking-types";

const engine = createDetectionEngine();
const partial: StrategyFor = () => "partial";

describe("maskJson", () => {
  it("masks strings in nested objects and arrays and copies only the changed path", () => {
    const untouchedBranch = { sku: "SKU-1", quantity: 2 };
    const value = {
      customer: { name: "Jane", contact: ["jane@example.com", { phone: "+1-202-555-0143" }] },
      items: [untouchedBranch],
      total: 12.5,
      "jane@example.com": true,
    };
    const result = maskJson(value, engine, partial, ctx);
    expect(result.value).toEqual({
      customer: { name: "Jane", contact: ["j***@example.com", { phone: "***-***-0143" }] },
      items: [untouchedBranch],
      total: 12.5,
      "jane@example.com": true, // keys are field names, left alone
    });
    expect(result.masked).toBe(2);
    expect(Reflect.get(Object(result.value), "items")).toBe(value.items);
    expect(value.customer.contact[0]).toBe("jane@example.com"); // the input is not changed
  });

  it("masks JSON inside a string and serializes it again", () => {
    const inner = JSON.stringify({ user: { email: "jane@example.com", ip: "203.0.113.7" }, note: "ok" });
    const result = maskJson({ payload: inner, list: ` [ "4242 4242 4242 4242" ] ` }, engine, partial, ctx);
    expect(result.value).toEqual({
      payload: JSON.stringify({ user: { email: "j***@example.com", ip: "203.0.113.***" }, note: "ok" }),
      list: JSON.stringify(["**** **** **** 4242"]),
    });
    expect(result.masked).toBe(3);
  });

  it("keeps the indentation of pretty-printed JSON in a string", () => {
    const pretty = JSON.stringify({ owner: { email: "jane@example.com" } }, null, 2);
    expect(maskJson(pretty, engine, partial, ctx).value).toBe(
      JSON.stringify({ owner: { email: "j***@example.com" } }, null, 2),
    );
  });

  it("masks a string that only looks like JSON as text", () => {
    const result = maskJson("{not json, mail jane@example.com}", engine, partial, ctx);
    expect(result.value).toBe("{not json, mail j***@example.com}");
  });

  it("keeps JSON-in-string byte for byte when nothing in it is masked", () => {
    const inner = '{ "a": 1,\n  "b": "no personal data" }';
    const value = { inner };
    expect(maskJson(value, engine, partial, ctx).value).toBe(value);
  });

  it("returns the same instance when nothing changed", () => {
    const value = { a: [1, "two", { three: null }], b: "order 123456789012", c: true };
    const result = maskJson(value, engine, partial, ctx);
    expect(result.value).toBe(value);
    expect(result.masked).toBe(0);
    const withEmail = { a: "jane@example.com" };
    expect(maskJson(withEmail, engine, () => null, ctx).value).toBe(withEmail);
  });

  it("does not let data through below the depth cap", () => {
    let deep: unknown = { email: "jane@example.com" };
    for (let i = 0; i < MAX_DEPTH + 5; i++) deep = { next: deep };
    const result = maskJson(deep, engine, () => "full", ctx);
    expect(JSON.stringify(result.value)).not.toContain("jane@example.com");
    expect(result.masked).toBe(1);
    let clean: unknown = { note: "nothing" };
    for (let i = 0; i < MAX_DEPTH + 5; i++) clean = { next: clean };
    expect(maskJson(clean, engine, () => "full", ctx).value).toBe(clean);
  });
});
