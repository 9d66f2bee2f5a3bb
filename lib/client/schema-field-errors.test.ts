import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkWithSchema } from "@/lib/client/schema-field-errors";

const schema = z
  .object({ email: z.email("Enter a valid email address").optional(), name: z.string().min(2, "Too short") })
  .refine((v) => v.email !== undefined, "Give an email");

describe("checkWithSchema", () => {
  it("returns the parsed data when the input is valid", () => {
    expect(checkWithSchema(schema, { email: "a@b.co", name: "Al" })).toEqual({
      ok: true,
      data: { email: "a@b.co", name: "Al" },
    });
  });

  it("keys each field's first message by the field name", () => {
    expect(checkWithSchema(schema, { email: "nope", name: "A" })).toEqual({
      ok: false,
      errors: { email: "Enter a valid email address", name: "Too short" },
    });
  });

  it("keys an issue about the whole input as form", () => {
    expect(checkWithSchema(schema, { name: "Al" })).toEqual({ ok: false, errors: { form: "Give an email" } });
  });
});
