import { readFile } from "node:fs/promises";
import { verifyErasureCertificate } from "@/lib/privacy/erasure/verify-erasure-certificate";
import type { Command } from "@/cli/commands";

// Offline: reads only the certificate (and the key file); never the database. Whoever received a
// certificate can run it on their copy.

const USAGE = "Usage: npm run cli -- privacy verify-certificate <file> [--public-key <pem file>]";

async function readText(file: string, what: string): Promise<string | null> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    console.error(`${what}: cannot read ${file}: ${(error as Error).message}`);
    return null;
  }
}

export const privacyVerifyCertificateCommand: Command = {
  summary: "Check an erasure certificate's signature, offline: <file> [--public-key <pem file>]",
  options: { "public-key": { type: "string" } },
  positionals: ["file"],
  async run(values, positionals = []) {
    if (positionals.length !== 1) {
      console.error(USAGE);
      return 2;
    }
    const text = await readText(positionals[0], "certificate");
    if (text === null) return 2;
    const keyFile = values["public-key"];
    const publicKeyPem = typeof keyFile === "string" ? await readText(keyFile, "--public-key") : undefined;
    if (publicKeyPem === null) return 2;

    const result = verifyErasureCertificate(text, publicKeyPem);
    if (!result.isValid) {
      console.log(`✗ signature: ${result.reason}`);
      console.log("The certificate is NOT valid: it was edited or is not a Gatehouse erasure certificate.");
      return 1;
    }
    const { certificate } = result;
    console.log(`✓ signature: Ed25519, key ${result.fingerprint}`);
    if (result.isExpectedKey !== null)
      console.log(
        result.isExpectedKey
          ? `✓ key: the one given with --public-key`
          : `✗ key: not the one given with --public-key`,
      );
    console.log(`request ${certificate.requestId}, subject ${certificate.subjectId ?? "(none found)"}`);
    console.log(`completed ${certificate.timestamps.completedAt}`);
    console.log("erased or anonymized:");
    for (const [kind, count] of Object.entries(certificate.erased)) console.log(`  ${kind}: ${count}`);
    console.log("kept:");
    for (const item of certificate.kept) console.log(`  ${item.kind}: ${item.count} (${item.ground})`);
    const seal = certificate.auditChain;
    console.log(
      seal.lastSealId === null
        ? "audit chain: no seal yet at execution"
        : `audit chain: seal ${seal.lastSealId} through event ${seal.sealedThroughEventId}, hash ${seal.lastSealHash}`,
    );
    if (result.isExpectedKey === false) {
      console.log("The certificate is intact but was NOT signed by the given key.");
      return 1;
    }
    console.log("The certificate is valid.");
    return 0;
  },
};
