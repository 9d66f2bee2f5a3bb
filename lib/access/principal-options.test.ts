import { describe, expect, it } from "vitest";
import { keyOption, userOption } from "@/lib/access/principal-options";
import { keyLabel } from "@/lib/keys/key-label";

describe("principal picker options", () => {
  it("shows a key's prefix once, as the API already labels it", () => {
    const option = keyOption({
      id: "k1",
      name: "ci",
      prefix: keyLabel("0123456789ab"),
      roles: ["viewer"],
      status: "active",
    });
    expect(option).toEqual({ value: "k1", label: "ci", hint: "Roles: viewer · ghk_0123456789ab…" });
    expect(option.hint).not.toContain("ghk_ghk_");
  });

  it("marks expired keys and keys without roles", () => {
    const option = keyOption({
      id: "k2",
      name: "old",
      prefix: "ghk_aaaaaaaaaaaa",
      roles: [],
      status: "expired",
    });
    expect(option.hint).toBe("No roles · ghk_aaaaaaaaaaaa… · expired");
  });

  it("labels users by email and marks disabled ones", () => {
    expect(userOption({ id: "u1", email: "a@example.com", roles: ["admin"], isDisabled: true })).toEqual({
      value: "u1",
      label: "a@example.com",
      hint: "Roles: admin · disabled",
    });
  });
});
