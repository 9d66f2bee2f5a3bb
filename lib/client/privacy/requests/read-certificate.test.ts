import { describe, expect, it } from "vitest";
import {
  columnsOf,
  humanizeKey,
  isCountTable,
  isRowTable,
  readCertificate,
} from "@/lib/client/privacy/requests/read-certificate";

describe("readCertificate", () => {
  it("reads a flat certificate: everything but the signature is the body", () => {
    const parts = readCertificate({
      format: "gatehouse-erasure-certificate-v1",
      requestId: "dsr_abcdefgh",
      subjectId: "ds_12345678",
      erased: { identifiersDeleted: 2 },
      signature: { algorithm: "Ed25519", keyFingerprint: "ed25519:00ff", value: "c2ln" },
    });
    expect(parts.format).toBe("gatehouse-erasure-certificate-v1");
    expect(parts.requestId).toBe("dsr_abcdefgh");
    expect(parts.subjectId).toBe("ds_12345678");
    expect(parts.keyFingerprint).toBe("ed25519:00ff");
    expect(parts.body).not.toHaveProperty("signature");
    expect(parts.body.erased).toEqual({ identifiersDeleted: 2 });
  });

  it("reads { body, signature }, and survives something that is no certificate at all", () => {
    const nested = readCertificate({ body: { requestId: "dsr_abcdefgh" }, signature: { fingerprint: "f" } });
    expect(nested.requestId).toBe("dsr_abcdefgh");
    expect(nested.keyFingerprint).toBe("f");
    const junk = readCertificate("not json");
    expect(junk).toMatchObject({ format: null, requestId: null, signature: null, body: {} });
  });
});

describe("certificate rendering helpers", () => {
  it("names keys for people", () => {
    expect(humanizeKey("apiKeysRevoked")).toBe("API keys revoked");
    expect(humanizeKey("last_seal_id")).toBe("Last seal ID");
    expect(humanizeKey("publicKeyPem")).toBe("Public key PEM");
  });

  it("tells count tables and row tables apart", () => {
    expect(isCountTable({ a: 1, b: 0 })).toBe(true);
    expect(isCountTable({ a: 1, b: "x" })).toBe(false);
    expect(isCountTable({})).toBe(false);
    expect(isRowTable([{ kind: "a" }, { kind: "b", count: 1 }])).toBe(true);
    expect(isRowTable(["a"])).toBe(false);
    expect(columnsOf([{ kind: "a" }, { kind: "b", count: 1 }])).toEqual(["kind", "count"]);
  });
});
