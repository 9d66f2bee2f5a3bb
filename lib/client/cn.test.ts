import { describe, expect, it } from "vitest";
import { cn } from "@/lib/client/cn";

describe("cn", () => {
  it("skips falsy values", () => {
    expect(cn("a", false, undefined, null, "b")).toBe("a b");
  });

  it("lets a later Tailwind class override an earlier one for the same property", () => {
    expect(cn("px-2 py-1", "px-4")).toBe("py-1 px-4");
    expect(cn("text-sm text-muted-foreground", "text-destructive")).toBe("text-sm text-destructive");
  });
});
