import { describe, expect, test } from "vitest";
import { z } from "zod";
import { AppError, ERROR_STATUS } from "@/lib/errors";
import { errorResponse, fieldErrors, toAppError } from "@/lib/api/error-response";

describe("AppError and the status table", () => {
  test.each(Object.entries(ERROR_STATUS))("%s -> %i", (code, status) => {
    expect(new AppError(code as keyof typeof ERROR_STATUS, "m").status).toBe(status);
  });

  test("the documented codes and statuses", () => {
    expect(ERROR_STATUS).toEqual({
      invalid_input: 400,
      unauthorized: 401,
      forbidden: 403,
      not_found: 404,
      conflict: 409,
      payload_too_large: 413,
      rate_limited: 429,
      internal_error: 500,
      dependency_failure: 502,
      service_unavailable: 503,
      timeout: 504,
    });
  });
});

describe("toAppError", () => {
  test("keeps an AppError as it is", () => {
    const error = new AppError("conflict", "taken", { fields: { email: ["Already in use"] } });
    expect(toAppError(error)).toBe(error);
  });

  test("a ZodError becomes invalid_input with field errors; unknown keys are 'Unknown field'", () => {
    const schema = z.strictObject({
      email: z.email("Enter a valid email address"),
      profile: z.strictObject({ age: z.number() }),
    });
    const result = schema.safeParse({ email: "nope", profile: { age: "x", extra: 1 }, bogus: true });
    const error = toAppError(result.error);
    expect(error.code).toBe("invalid_input");
    expect(error.status).toBe(400);
    const fields = (error.details as { fields: Record<string, string[]> }).fields;
    expect(fields.email).toEqual(["Enter a valid email address"]);
    expect(fields.bogus).toEqual(["Unknown field"]);
    expect(fields["profile.extra"]).toEqual(["Unknown field"]);
    expect(fields["profile.age"]).toHaveLength(1);
  });

  test("prototype-named fields are ordinary field names (the formatter threw on them)", () => {
    const schema = z.strictObject({ name: z.string() });
    const names = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "name"];
    const input = JSON.parse(`{${names.map((n) => `"${n}": 1`).join(",")}}`);
    const error = toAppError(schema.safeParse(input).error);
    const fields = (error.details as { fields: Record<string, string[]> }).fields;
    expect(Object.keys(fields).sort()).toEqual([...names].sort());
    expect(Object.getOwnPropertyDescriptor(fields, "__proto__")?.value).toEqual(["Unknown field"]);
    expect(fields.constructor).toEqual(["Unknown field"]);
    expect(JSON.parse(JSON.stringify(fields))).toHaveProperty(["__proto__"]);
  });

  test("Prisma P2025 -> not_found, P2002 -> conflict", () => {
    expect(toAppError(Object.assign(new Error("x"), { code: "P2025" })).code).toBe("not_found");
    expect(
      toAppError(Object.assign(new Error("x"), { code: "P2002", meta: { target: ["email"] } })).code,
    ).toBe("conflict");
  });

  test("anything else is a generic internal_error that reveals nothing", () => {
    for (const thrown of [
      new Error("password=hunter2 at db.internal:5432"),
      "a string",
      { code: "ECONNREFUSED" },
      Object.assign(new Error(), { code: "P1001" }),
      null,
    ]) {
      const error = toAppError(thrown);
      expect(error.code).toBe("internal_error");
      expect(error.message).not.toContain("hunter2");
      expect(error.details).toBeUndefined();
    }
  });
});

describe("fieldErrors", () => {
  test("errors on the object itself go under _", () => {
    const result = z
      .object({ a: z.string() })
      .refine(() => false, "Nope")
      .safeParse({ a: "x" });
    expect(fieldErrors(result.error!)).toEqual({ _: ["Nope"] });
  });

  test("several messages for one field are kept in order", () => {
    const result = z
      .object({ n: z.string().min(5, "Too short").regex(/^\d+$/, "Digits only") })
      .safeParse({ n: "ab" });
    expect(fieldErrors(result.error!)).toEqual({ n: ["Too short", "Digits only"] });
  });
});

describe("errorResponse", () => {
  test("writes the envelope, the status and the correlation id header", async () => {
    const response = errorResponse(new AppError("not_found", "No such user."), "corr-1");
    expect(response.status).toBe(404);
    expect(response.headers.get("x-correlation-id")).toBe("corr-1");
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      error: { code: "not_found", message: "No such user.", correlationId: "corr-1" },
    });
  });

  test("includes details when present and extra headers (e.g. Retry-After)", async () => {
    const response = errorResponse(
      new AppError("rate_limited", "Slow down.", { retryAfterSeconds: 3 }, { "Retry-After": "3" }),
      "c",
    );
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("3");
    expect((await response.json()).error.details).toEqual({ retryAfterSeconds: 3 });
  });
});
