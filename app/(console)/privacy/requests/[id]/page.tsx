import type { Metadata } from "next";
import { RequireCapability } from "@/components/console/require-capability";
import { RequestDetailView } from "@/components/privacy/requests/request-detail-view";

export const metadata: Metadata = { title: "Request" };

export default async function RequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RequireCapability capability="privacy:read" section="data-subject requests">
      <RequestDetailView id={id} />
    </RequireCapability>
  );
}
