import "server-only";
import {
  buildCertificateBody,
  signErasureCertificate,
} from "@/lib/privacy/erasure/build-erasure-certificate";
import type { ErasureStep } from "@/lib/privacy/erasure/erasure-step";

/** "certificate": signs what the steps did; kept in progress so that a resumed run returns the same one. */
export const certificateStep: ErasureStep = async ({ request, progress }) => {
  if (progress.certificate) return;
  const certificate = signErasureCertificate(await buildCertificateBody(request, progress.counts));
  progress.certificate = JSON.stringify(certificate, null, 2) + "\n";
};
