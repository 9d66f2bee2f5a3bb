import { beforeAll, describe, expect, it, vi } from "vitest";

// mask-identifier loads the subject-hash module, whose index key derives from the master secret.
vi.hoisted(() => {
  process.env.GATEHOUSE_SECRET = "unit-test-secret-for-identifier-masks-0123456789";
});

let maskIdentifier: typeof import("@/lib/privacy/subjects/mask-identifier").maskIdentifier;

beforeAll(async () => {
  ({ maskIdentifier } = await import("@/lib/privacy/subjects/mask-identifier"));
});

describe("maskIdentifier", () => {
  it("keeps an email's first letter and domain", () => {
    expect(maskIdentifier("email", "Jane.Doe@Example.com")).toBe("j***@example.com");
  });

  it("keeps a phone's last four digits", () => {
    expect(maskIdentifier("phone", "+12025550123")).toBe("***-***-0123");
    expect(maskIdentifier("phone", "+442079460958")).toBe("***-***-0958");
  });

  it("keeps an external id's first two characters, none of a short one", () => {
    expect(maskIdentifier("external_id", "cust-4711")).toBe("cu***");
    expect(maskIdentifier("external_id", "ab12")).toBe("***");
  });
});
