// `npm run cli -- audit verify-export` as an outside auditor runs it: a real process, offline (its
// DATABASE_URL points at nothing), on an export taken through the real route. Exit codes: 0 when
// every check passes, 1 when one fails (saying which), 2 on usage errors.
import { generateKeyPairSync } from "node:crypto";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { signingPublicKeyPem } from "@/lib/crypto/signing-key";
import { createTestKey, seedRoles, uniqueName } from "../../helpers/fixtures";
import { exportToFiles, insertEvents, type SavedExport } from "./export-fixtures";
import { runCli, type CliResult } from "./run-cli";

let saved: SavedExport;

/** verify-export in a real process; its DATABASE_URL is unreachable on purpose: it must not need the database. */
function verifyExportCli(...args: string[]): Promise<CliResult> {
  return runCli(["audit", "verify-export", ...args], {
    DATABASE_URL: "postgresql://gatehouse@127.0.0.1:9/unreachable",
  });
}

beforeAll(async () => {
  await seedRoles();
  const officer = await createTestKey(["compliance_officer"]);
  const corr = uniqueName("cli");
  await insertEvents(
    [1, 2, 3].map((n) => ({
      category: "system" as const,
      action: "cli_probe",
      result: "success" as const,
      actor: { type: "system" as const },
      details: { n },
      meta: { correlationId: corr },
    })),
  );
  saved = await exportToFiles({ format: "csv", correlationId: corr }, { apiKey: officer.secret });
  writeFileSync(path.join(path.dirname(saved.filePath), "server.pem"), signingPublicKeyPem());
}, 60_000);

test(
  "an untouched export: every check ✓ and exit 0; the fingerprint is printed to compare",
  { timeout: 60_000 },
  async () => {
    const result = await verifyExportCli(saved.filePath, saved.manifestPath);
    expect(result.stdout).toContain(`✓ sha256: ${saved.manifest.file.sha256} matches the manifest`);
    expect(result.stdout).toContain("✓ rows: 3 records after the header");
    expect(result.stdout).toContain("✓ signature: valid Ed25519 signature");
    expect(result.stdout).toContain(`• key: signed by ${saved.manifest.signature.keyFingerprint}`);
    expect(result.code).toBe(0);
  },
);

test(
  "the server's key with --public-key: ✓ key; another key: ✗ key and exit 1",
  { timeout: 60_000 },
  async () => {
    const dir = path.dirname(saved.filePath);
    const otherKey = path.join(dir, "other.pem");
    writeFileSync(otherKey, generateKeyPairSync("ed25519").publicKey.export({ format: "pem", type: "spki" }));
    const [right, wrong] = await Promise.all([
      verifyExportCli(saved.filePath, saved.manifestPath, "--public-key", path.join(dir, "server.pem")),
      verifyExportCli(saved.filePath, saved.manifestPath, "--public-key", otherKey),
    ]);
    expect(right.stdout).toContain(`✓ key: signed by ${saved.manifest.signature.keyFingerprint}`);
    expect(right.code).toBe(0);
    expect(wrong.stdout).toMatch(
      new RegExp(
        `✗ key: signed by ${saved.manifest.signature.keyFingerprint}, expected ed25519:[0-9a-f]{16} \\(--public-key\\)`,
      ),
    );
    expect(wrong.code).toBe(1);
  },
);

test(
  "a changed byte: ✗ sha256 saying the file was changed, exit 1; an edited manifest: ✗ signature",
  { timeout: 60_000 },
  async () => {
    const tampered = saved.filePath + ".tampered";
    writeFileSync(tampered, Buffer.from(saved.bytes.toString("utf8").replace("cli_probe", "cli_prob3")));
    const edited = saved.manifestPath + ".edited";
    writeFileSync(edited, JSON.stringify({ ...saved.manifest, rowCount: 2 }, null, 2));
    const [changedFile, changedManifest] = await Promise.all([
      verifyExportCli(tampered, saved.manifestPath),
      verifyExportCli(saved.filePath, edited),
    ]);
    expect(changedFile.stdout).toMatch(
      /✗ sha256: file is [0-9a-f]{12}…, manifest says [0-9a-f]{12}… \(the file was changed after export\)/,
    );
    expect(changedFile.stdout).toContain("The export does NOT match its manifest.");
    expect(changedFile.code).toBe(1);
    expect(changedManifest.stdout).toContain("✗ rows: file has 3, manifest says 2");
    expect(changedManifest.stdout).toContain(
      "✗ signature: does not match the manifest's content (the manifest was edited)",
    );
    expect(changedManifest.code).toBe(1);
  },
);

test(
  "usage errors exit 2: a missing argument, an unknown option, a file that is not there",
  { timeout: 60_000 },
  async () => {
    const [missing, unknownOption, noFile] = await Promise.all([
      verifyExportCli(saved.filePath),
      verifyExportCli(saved.filePath, saved.manifestPath, "--verbose"),
      verifyExportCli(saved.filePath + ".missing", saved.manifestPath),
    ]);
    expect(missing.stderr).toContain("Usage: npm run cli -- audit verify-export <file> <manifest>");
    expect(missing.code).toBe(2);
    expect(unknownOption.stderr).toContain("--verbose");
    expect(unknownOption.code).toBe(2);
    expect(noFile.stderr).toContain("cannot read");
    expect(noFile.code).toBe(2);
  },
);
