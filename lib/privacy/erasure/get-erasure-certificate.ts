import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** The signed certificate (JSON text) of a completed erasure; 404 for any other request. */
export async function getErasureCertificateOrThrow(requestId: string): Promise<string> {
  const request = await db.privacyRequest.findUnique({
    where: { id: requestId },
    select: { type: true, state: true, certificate: true },
  });
  if (!request) throw new AppError("not_found", "No privacy request with this id.");
  if (request.type !== "erasure" || request.state !== "completed" || !request.certificate)
    throw new AppError("not_found", "This request has no erasure certificate.");
  return request.certificate;
}

/** "erasure-certificate-dsr_….json" */
export function certificateFileName(requestId: string): string {
  return `erasure-certificate-${requestId}.json`;
}
