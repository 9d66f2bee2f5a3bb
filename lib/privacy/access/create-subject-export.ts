import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, rm } from "node:fs/promises";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { errorFields, log } from "@/lib/log";
import { signDetached, signingKeyFingerprint, signingPublicKeyPem } from "@/lib/crypto/signing-key";
import { latestAuditEventId } from "@/lib/audit/search/query-audit-events";
import { encodeCsvExport } from "@/lib/privacy/access/encode-csv-export";
import { encodeJsonExport } from "@/lib/privacy/access/encode-json-export";
import { encodeXmlExport } from "@/lib/privacy/access/encode-xml-export";
import { ExportFileSealer } from "@/lib/privacy/access/export-file-cipher";
import { newExportKey, wrapExportKey } from "@/lib/privacy/access/export-key";
import {
  SUBJECT_EXPORT_FORMAT,
  zeroCounts,
  type ExportHeader,
  type ExportSection,
  type SectionCounts,
  type SubjectExportFormat,
} from "@/lib/privacy/access/export-sections";
import { readSubjectSections } from "@/lib/privacy/access/read-subject-sections";
import { subjectExportDir, subjectExportPath } from "@/lib/privacy/access/subject-export-files";
import {
  CONTENT_TYPES,
  subjectExportFileName,
  subjectManifestSigningBytes,
  type SubjectExportManifest,
  type SubjectExportManifestBody,
} from "@/lib/privacy/access/subject-export-manifest";
import { writeSealedFile } from "@/lib/privacy/access/write-sealed-file";

export type CreateSubjectExportOptions = {
  requestId: string;
  format: SubjectExportFormat;
  /** the user or API key that asked for it; none when the request's job makes it */
  createdById?: string | null;
  /** called once the export's row exists, before the file is written (the job saves the id) */
  onStarted?: (exportId: string) => Promise<void>;
};

export type CreatedSubjectExport = { exportId: string; counts: SectionCounts };

/** Export files are deleted this long after they are made (deleteExpiredSubjectExports). */
export const SUBJECT_EXPORT_TTL_DAYS = 30;

/** "dsx_" and 16 base64url characters. */
export function newSubjectExportId(): string {
  return `dsx_${randomBytes(12).toString("base64url")}`;
}

const ENCODERS: Record<
  SubjectExportFormat,
  (header: ExportHeader, sections: ExportSection[], counts: SectionCounts) => AsyncIterable<string | Buffer>
> = { json: encodeJsonExport, csv: encodeCsvExport, xml: encodeXmlExport };

function noticeFor(subjectId: string | null, at: Date): string {
  return subjectId
    ? `Everything Gatehouse held about data subject ${subjectId} on ${at.toISOString()}: identifiers, consent records, requests, console account and API keys, and audit events (with tool-call arguments) where they acted or that are about them. Other people's details are shown as "[another person]".`
    : "Gatehouse holds nothing about the person this request names: no data subject matched the identifier given.";
}

function signed(body: SubjectExportManifestBody): SubjectExportManifest {
  return {
    ...body,
    signature: {
      algorithm: "Ed25519",
      keyFingerprint: signingKeyFingerprint(),
      publicKeyPem: signingPublicKeyPem(),
      value: signDetached(subjectManifestSigningBytes(body)).toString("base64"),
    },
  };
}

/**
 * Writes everything Gatehouse holds about the request's subject (GDPR Art. 15/20) to an encrypted
 * file, DATA_DIR/subject-exports/<exportId>.gcm, streamed section by section so that memory stays
 * flat however many events there are, and stores the signed manifest on the SubjectExport row.
 * A request about no one known gives an export that says nothing was found. Does not check the
 * request's state: the access job calls it while executing, the API only for completed requests.
 */
export async function createSubjectExport(
  options: CreateSubjectExportOptions,
): Promise<CreatedSubjectExport> {
  const request = await db.privacyRequest.findUnique({
    where: { id: options.requestId },
    select: { id: true, subjectId: true },
  });
  if (!request) throw new AppError("not_found", "No privacy request with this id.");

  const exportId = newSubjectExportId();
  const createdAt = new Date();
  const expiresAt = new Date(createdAt.getTime() + SUBJECT_EXPORT_TTL_DAYS * 86_400_000);
  const key = newExportKey();
  await db.subjectExport.create({
    data: {
      id: exportId,
      requestId: request.id,
      format: options.format,
      status: "running",
      wrappedKey: wrapExportKey(key, exportId),
      createdById: options.createdById ?? null,
      createdAt,
      expiresAt,
    },
  });

  const filePath = subjectExportPath(exportId);
  try {
    await options.onStarted?.(exportId);
    const counts = zeroCounts();
    const header: ExportHeader = {
      format: SUBJECT_EXPORT_FORMAT,
      exportId,
      requestId: request.id,
      subjectId: request.subjectId,
      found: request.subjectId !== null,
      createdAt: createdAt.toISOString(),
      notice: noticeFor(request.subjectId, createdAt),
    };
    const sections = await readSubjectSections(request.subjectId, await latestAuditEventId());
    await mkdir(subjectExportDir(), { recursive: true, mode: 0o700 });
    const file = await writeSealedFile(
      filePath,
      ENCODERS[options.format](header, sections, counts),
      new ExportFileSealer(key, exportId),
    );
    const manifest = signed({
      format: SUBJECT_EXPORT_FORMAT,
      exportId,
      requestId: request.id,
      subjectId: request.subjectId,
      found: header.found,
      file: {
        name: subjectExportFileName(exportId, options.format),
        format: options.format,
        contentType: CONTENT_TYPES[options.format],
        sha256: file.sha256,
        bytes: file.bytes,
      },
      counts,
      createdAt: header.createdAt,
      expiresAt: expiresAt.toISOString(),
    });
    await db.subjectExport.update({
      where: { id: exportId },
      data: {
        status: "complete",
        byteCount: file.bytes,
        sha256: file.sha256,
        counts,
        manifest: JSON.stringify(manifest),
        completedAt: new Date(),
      },
    });
    return { exportId, counts };
  } catch (error) {
    await rm(filePath, { force: true });
    await db.subjectExport
      .update({
        where: { id: exportId },
        data: { status: "failed", wrappedKey: null, completedAt: new Date() },
      })
      .catch((recordError: unknown) =>
        log.error("could not record a failed subject export", { exportId, ...errorFields(recordError) }),
      );
    throw error;
  }
}
