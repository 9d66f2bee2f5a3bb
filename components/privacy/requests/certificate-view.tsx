"use client";

import { FileDown, Printer } from "lucide-react";
import { LoadError } from "@/components/console/load-error";
import { PageSkeleton } from "@/components/console/page-skeleton";
import {
  CertificateBlock,
  CertificateFields,
  CertificateValue,
} from "@/components/privacy/requests/certificate-fields";
import { BackLink } from "@/components/servers/back-link";
import { Button } from "@/components/ui/button";
import { readCertificate } from "@/lib/client/privacy/requests/read-certificate";
import { requestCertificatePath, requestPageHref } from "@/lib/client/privacy/requests/request-paths";
import { useCertificate } from "@/lib/client/privacy/requests/use-certificate";

/** Fields shown in the certificate's heading, so the body does not repeat them. */
const HEADING_FIELDS = new Set(["format", "requestId", "subjectId", "subjectPseudonym"]);

/**
 * The signed erasure certificate, print-friendly: the console's chrome and these buttons are hidden
 * in print, and the sheet reads the same on screen in either colour scheme and on paper.
 */
export function CertificateView({ requestId }: { requestId: string }) {
  const certificate = useCertificate(requestId);
  const back = { href: requestPageHref(requestId), label: `Request ${requestId}` };

  if (certificate.isPending) return <PageSkeleton rows={8} />;
  if (certificate.isError)
    return (
      <>
        <BackLink {...back} />
        <LoadError error={certificate.error} onRetry={() => void certificate.refetch()} />
      </>
    );

  const parts = readCertificate(certificate.data);
  const body = Object.fromEntries(Object.entries(parts.body).filter(([key]) => !HEADING_FIELDS.has(key)));
  return (
    <>
      <div className="print:hidden">
        <BackLink {...back} />
        <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            The JSON is what is signed; check it offline with{" "}
            <code className="font-mono text-xs">npm run cli -- privacy verify-certificate &lt;file&gt;</code>.
          </p>
          <div className="flex gap-2">
            <Button variant="secondary" asChild>
              <a href={requestCertificatePath(requestId)} download={`erasure-certificate-${requestId}.json`}>
                <FileDown aria-hidden="true" />
                Download JSON
              </a>
            </Button>
            <Button onClick={() => window.print()}>
              <Printer aria-hidden="true" />
              Print
            </Button>
          </div>
        </div>
      </div>
      <article
        aria-labelledby="certificate-title"
        className="mx-auto max-w-3xl space-y-6 rounded-lg border border-zinc-200 bg-white p-8 text-zinc-900 shadow-sm print:max-w-none print:rounded-none print:border-0 print:p-0 print:shadow-none"
        data-testid="erasure-certificate"
      >
        <header className="space-y-3 border-b-2 border-zinc-900 pb-4">
          <h1 id="certificate-title" className="text-2xl font-semibold tracking-tight">
            Erasure certificate
          </h1>
          <dl className="grid grid-cols-[11rem_1fr] gap-x-4 gap-y-1.5 text-sm">
            <dt className="text-zinc-500">Format</dt>
            <dd className="font-mono">
              <CertificateValue value={parts.format} />
            </dd>
            <dt className="text-zinc-500">Request</dt>
            <dd className="font-mono">{parts.requestId ?? requestId}</dd>
            <dt className="text-zinc-500">Data subject</dt>
            <dd className="font-mono">
              <CertificateValue value={parts.subjectId} />
            </dd>
          </dl>
        </header>
        <CertificateFields record={body} />
        {parts.signature ? (
          <CertificateBlock name="signature" value={parts.signature} />
        ) : (
          <p className="text-sm font-medium text-red-700">This certificate carries no signature.</p>
        )}
      </article>
    </>
  );
}
