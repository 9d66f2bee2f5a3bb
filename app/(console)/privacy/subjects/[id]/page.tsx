import type { Metadata } from "next";
import { RequireCapability } from "@/components/console/require-capability";
import { SubjectDetailView } from "@/components/privacy/subjects/subject-detail-view";

export const metadata: Metadata = { title: "Data subject" };

export default async function DataSubjectPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RequireCapability capability="privacy:read" section="data subjects">
      <SubjectDetailView id={id} />
    </RequireCapability>
  );
}
