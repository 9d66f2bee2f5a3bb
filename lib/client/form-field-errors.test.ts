import { describe, expect, test } from "vitest";
import { ApiError } from "@/lib/client/api-error";
import { formFieldErrors } from "@/lib/client/form-field-errors";

describe("formFieldErrors", () => {
  test("picks the server's messages for the form's fields, including nested ones", () => {
    const error = new ApiError(400, "invalid_input", "The request is not valid.", null, {
      email: ["Enter a valid email address"],
      "roles.0": ["Unknown role"],
    });
    expect(formFieldErrors(error, ["email", "roles", "name"])).toEqual({
      errors: { email: "Enter a valid email address", roles: "Unknown role", name: undefined },
      hasAny: true,
    });
  });

  test("a conflict without field details lands on the conflict field", () => {
    const error = new ApiError(409, "conflict", "A user with the email a@b.c already exists.");
    expect(formFieldErrors(error, ["email", "name"], { conflictField: "email" }).errors.email).toBe(
      "A user with the email a@b.c already exists.",
    );
  });

  test("anything else belongs in a toast", () => {
    expect(formFieldErrors(new Error("network down"), ["email"]).hasAny).toBe(false);
    expect(
      formFieldErrors(new ApiError(500, "internal_error", "Something went wrong"), ["email"], {
        conflictField: "email",
      }).hasAny,
    ).toBe(false);
  });
});
