import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRowCounter } from "@/lib/audit/export/count-export-rows";
import type { ExportFormat } from "@/lib/audit/export/encode-export-batch";
import { readManifest } from "@/lib/audit/export/read-manifest";
import { isSignedBy, verifyManifestSignature } from "@/lib/audit/export/verify-manifest-signature";

// Offline check of an export file against its manifest: no database, no server, only the two files
// (and optionally the server's public key). Used by `npm run cli -- audit verify-export` and tests.

export type ExportCheck = {
  name: "manifest" | "sha256" | "bytes" | "rows" | "signature" | "key";
  /** "info": nothing to compare against (no --public-key given) */
  status: "pass" | "fail" | "info";
  message: string;
};

export type ExportVerification = { isValid: boolean; checks: ExportCheck[]; fingerprint: string | null };

/** A file or key that cannot be read at all: a usage problem rather than a failed check. */
export class VerifyInputError extends Error {}

export type VerifyExportOptions = { filePath: string; manifestPath: string; publicKeyPem?: string };

type FileFacts = { sha256: string; bytes: number; rows: number };

async function readFileFacts(filePath: string, format: ExportFormat): Promise<FileFacts> {
  const hash = createHash("sha256");
  const counter = createRowCounter(format);
  let bytes = 0;
  try {
    for await (const chunk of createReadStream(filePath, {
      highWaterMark: 1 << 20,
    }) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      counter.push(chunk);
      bytes += chunk.length;
    }
  } catch (error) {
    throw new VerifyInputError(`cannot read ${filePath}: ${(error as Error).message}`);
  }
  return { sha256: hash.digest("hex"), bytes, rows: counter.finish() };
}

async function readText(filePath: string): Promise<string> {
  try {
    return await readFile(filePath, "utf8");
  } catch (error) {
    throw new VerifyInputError(`cannot read ${filePath}: ${(error as Error).message}`);
  }
}

const short = (hex: string) => `${hex.slice(0, 12)}…`;

/** Every check, in order, each saying what matched or exactly what did not. */
export async function verifyExport(options: VerifyExportOptions): Promise<ExportVerification> {
  const read = readManifest(await readText(options.manifestPath));
  if ("problem" in read)
    return {
      isValid: false,
      fingerprint: null,
      checks: [{ name: "manifest", status: "fail", message: read.problem }],
    };
  const { manifest } = read;
  if (options.publicKeyPem !== undefined && !isSignedBy("", options.publicKeyPem)) {
    throw new VerifyInputError("--public-key: not an Ed25519 public key in PEM form");
  }

  const checks: ExportCheck[] = [];
  const facts = await readFileFacts(options.filePath, manifest.file.format);
  checks.push(
    facts.sha256 === manifest.file.sha256
      ? { name: "sha256", status: "pass", message: `${facts.sha256} matches the manifest` }
      : {
          name: "sha256",
          status: "fail",
          message: `file is ${short(facts.sha256)}, manifest says ${short(manifest.file.sha256)} (the file was changed after export)`,
        },
    facts.bytes === manifest.file.bytes
      ? { name: "bytes", status: "pass", message: `${facts.bytes} bytes` }
      : {
          name: "bytes",
          status: "fail",
          message: `file has ${facts.bytes}, manifest says ${manifest.file.bytes}`,
        },
    facts.rows === manifest.rowCount
      ? {
          name: "rows",
          status: "pass",
          message: `${facts.rows} ${manifest.file.format === "csv" ? "records after the header" : "lines"}`,
        }
      : {
          name: "rows",
          status: "fail",
          message: `file has ${facts.rows}, manifest says ${manifest.rowCount}`,
        },
  );

  const signature = verifyManifestSignature(manifest);
  checks.push(
    signature.isValid
      ? { name: "signature", status: "pass", message: `valid Ed25519 signature by ${signature.fingerprint}` }
      : { name: "signature", status: "fail", message: signature.reason },
  );

  if (signature.fingerprint) {
    const signedBy =
      options.publicKeyPem === undefined ? null : isSignedBy(signature.fingerprint, options.publicKeyPem);
    if (!signedBy) {
      checks.push({
        name: "key",
        status: "info",
        message: `signed by ${signature.fingerprint}; compare with the server's fingerprint (GET /api/v1/audit/signing-key) or pass --public-key`,
      });
    } else {
      checks.push(
        signedBy.matches
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
  }
  return {
    isValid: checks.every((check) => check.status !== "fail"),
    checks,
    fingerprint: signature.fingerprint,
  };
}
