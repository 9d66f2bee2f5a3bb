import { FileDown, FileText } from "lucide-react";
import { Link } from "@/components/ui/link";
import { PrivacySection } from "@/components/privacy/privacy-section";
import { Button } from "@/components/ui/button";
import { certificatePageHref, requestCertificatePath } from "@/lib/client/privacy/requests/request-paths";
import type { PrivacyRequestView } from "@/lib/privacy/requests/request-types";

/** A completed erasure's signed certificate: the print page and the JSON (verifiable offline). */
export function ErasureCertificateLinks({ request }: { request: PrivacyRequestView }) {
  return (
    <PrivacySection
      title="Erasure certificate"
      id="request-certificate"
      description={
        request.hasCertificate ? (
          <>
            Signed by the server&apos;s key: what was erased, what was kept and why, and who took each step.
            Check the JSON offline with{" "}
            <code className="font-mono text-xs">npm run cli -- privacy verify-certificate &lt;file&gt;</code>.
          </>
        ) : (
          "This erasure has no certificate."
        )
      }
    >
      {request.hasCertificate ? (
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" asChild>
            <Link href={certificatePageHref(request.id)}>
              <FileText aria-hidden="true" />
              Certificate
            </Link>
          </Button>
          <Button variant="secondary" asChild>
            <a href={requestCertificatePath(request.id)} download={`erasure-certificate-${request.id}.json`}>
              <FileDown aria-hidden="true" />
              Download JSON
            </a>
          </Button>
        </div>
      ) : null}
    </PrivacySection>
  );
}
