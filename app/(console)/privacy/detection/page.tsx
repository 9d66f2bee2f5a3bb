import type { Metadata } from "next";
import { RequireCapability } from "@/components/console/require-capability";
import { DetectionView } from "@/components/privacy/detection/detection-view";

export const metadata: Metadata = { title: "Detection" };

export default function DetectionPage() {
  return (
    <RequireCapability capability="privacy:read" section="detection">
      <DetectionView />
    </RequireCapability>
  );
}
