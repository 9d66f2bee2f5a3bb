import type { Metadata } from "next";
import { RequireCapability } from "@/components/console/require-capability";
import { CertificateView } from "@/components/privacy/requests/certificate-view";

export const metadata: Metadata = { title: "Erasure certificate" };

export default async function ErasureCertificatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RequireCapability capability="privacy:read" section="data-subject requests">
      <CertificateView requestId={id} />
    </RequireCapability>
  );
}
