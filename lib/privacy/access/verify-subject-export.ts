import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { isSignedBy } from "@/lib/audit/export/verify-manifest-signature";
import { VerifyInputError, type ExportCheck } from "@/lib/audit/export/verify-export";
import { createJsonExportCounter, type JsonExportFacts } from "@/lib/privacy/access/count-json-export";
import { readSubjectManifest } from "@/lib/privacy/access/read-subject-manifest";
import { verifySubjectManifestSignature } from "@/lib/privacy/access/verify-subject-manifest-signature";
import type { SubjectExportManifest } from "@/lib/privacy/access/subject-export-manifest";

// Offline check of an access export as downloaded against its manifest: no database, no server,
// only the two files (and optionally the server's public key). `npm run cli -- privacy
// verify-export` and the tests use it.

export type SubjectExportCheck = Omit<ExportCheck, "name"> & {
  name: "manifest" | "signature" | "key" | "bytes" | "sha256" | "counts";
};

export type SubjectExportVerification = {
  isValid: boolean;
  checks: SubjectExportCheck[];
  fingerprint: string | null;
};

export type VerifySubjectExportOptions = { publicKeyPem?: string };

export { VerifyInputError };

type FileFacts = { sha256: string; bytes: number; json: JsonExportFacts | null };

async function readFileFacts(filePath: string, isJson: boolean): Promise<FileFacts> {
  const hash = createHash("sha256");
  const counter = isJson ? createJsonExportCounter() : null;
  let bytes = 0;
  try {
    for await (const chunk of createReadStream(filePath, { highWaterMark: 1 << 20 })) {
      const data: Buffer = chunk;
      hash.update(data);
      counter?.push(data);
      bytes += data.length;
    }
  } catch (error) {
    throw new VerifyInputError(`cannot read ${filePath}: ${(error as Error).message}`);
  }
  return { sha256: hash.digest("hex"), bytes, json: counter?.finish() ?? null };
}

async function readText(filePath: string): Promise<string> {
  try {
    return await readFile(filePath, "utf8");
  } catch (error) {
    throw new VerifyInputError(`cannot read ${filePath}: ${(error as Error).message}`);
  }
}

const short = (hex: string) => `${hex.slice(0, 12)}…`;
const describeCounts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([name, n]) => `${name} ${n}`)
    .join(", ");

function countsCheck(manifest: SubjectExportManifest, json: JsonExportFacts | null): SubjectExportCheck {
  if (!json)
    return {
      name: "counts",
      status: "info",
      message: `${describeCounts(manifest.counts)} (counted in JSON exports only; the sha256 covers this file)`,
    };
  if (json.problem)
    return { name: "counts", status: "fail", message: `the file is not a subject export: ${json.problem}` };
  if (json.exportId !== manifest.exportId)
    return {
      name: "counts",
      status: "fail",
      message: `the file is export ${json.exportId}, the manifest ${manifest.exportId}`,
    };
  const wrong = Object.entries(manifest.counts).filter(
    ([name, n]) => json.counts[name] !== n || json.declaredCounts?.[name] !== n,
  );
  const extra = Object.keys(json.counts).filter((name) => !(name in manifest.counts));
  if (wrong.length || extra.length)
    return {
      name: "counts",
      status: "fail",
      message: `file has ${describeCounts(json.counts)}; manifest says ${describeCounts(manifest.counts)}`,
    };
  return { name: "counts", status: "pass", message: describeCounts(manifest.counts) };
}

/** Every check, in order, each saying what matched or exactly what did not. */
export async function verifySubjectExport(
  filePath: string,
  manifestPath: string,
  options: VerifySubjectExportOptions = {},
): Promise<SubjectExportVerification> {
  const read = readSubjectManifest(await readText(manifestPath));
  if ("problem" in read)
    return {
      isValid: false,
      fingerprint: null,
      checks: [{ name: "manifest", status: "fail", message: read.problem }],
    };
  const { manifest } = read;
  if (options.publicKeyPem !== undefined && !isSignedBy("", options.publicKeyPem))
    throw new VerifyInputError("--public-key: not an Ed25519 public key in PEM form");

  const checks: SubjectExportCheck[] = [];
  const signature = verifySubjectManifestSignature(manifest);
  checks.push(
    signature.isValid
      ? { name: "signature", status: "pass", message: `valid Ed25519 signature by ${signature.fingerprint}` }
      : { name: "signature", status: "fail", message: signature.reason },
  );
  if (signature.fingerprint) {
    const signedBy =
      options.publicKeyPem === undefined ? null : isSignedBy(signature.fingerprint, options.publicKeyPem);
    checks.push(
      !signedBy
        ? {
            name: "key",
            status: "info",
            message: `signed by ${signature.fingerprint}; compare with the server's fingerprint (GET /api/v1/audit/signing-key) or pass --public-key`,
          }
        : signedBy.matches
          ? {
              name: "key",
              status: "pass",
              message: `signed by ${signature.fingerprint}, the key given with --public-key`,
            }
          : {
              name: "key",
              status: "fail",
              message: `signed by ${signature.fingerprint}, expected ${signedBy.expected} (--public-key)`,
            },
    );
  }

  const facts = await readFileFacts(filePath, manifest.file.format === "json");
  checks.push(
    facts.bytes === manifest.file.bytes
      ? { name: "bytes", status: "pass", message: `${facts.bytes} bytes` }
      : {
          name: "bytes",
          status: "fail",
          message: `file has ${facts.bytes}, manifest says ${manifest.file.bytes}`,
        },
    facts.sha256 === manifest.file.sha256
      ? { name: "sha256", status: "pass", message: `${facts.sha256} matches the manifest` }
      : {
          name: "sha256",
          status: "fail",
          message: `file is ${short(facts.sha256)}, manifest says ${short(manifest.file.sha256)} (the file was changed after export)`,
        },
    countsCheck(manifest, facts.json),
  );
  return { isValid: checks.every((c) => c.status !== "fail"), checks, fingerprint: signature.fingerprint };
}
