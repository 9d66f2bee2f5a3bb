import type { Metadata } from "next";
import { RequireCapability } from "@/components/console/require-capability";
import { SubjectsView } from "@/components/privacy/subjects/subjects-view";

export const metadata: Metadata = { title: "Data subjects" };

export default function DataSubjectsPage() {
  return (
    <RequireCapability capability="privacy:read" section="data subjects">
      <SubjectsView />
    </RequireCapability>
  );
}
