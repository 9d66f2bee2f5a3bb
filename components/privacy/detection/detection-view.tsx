"use client";

import { BuiltInDetectorsTable } from "@/components/privacy/detection/built-in-detectors-table";
import { CustomDetectorsTable } from "@/components/privacy/detection/custom-detectors-table";
import { DetectionTestPanel } from "@/components/privacy/detection/detection-test-panel";
import { DetectorFormDialog } from "@/components/privacy/detection/detector-form-dialog";
import { PageHeader } from "@/components/ui/page-header";
import { useCan } from "@/lib/client/me/use-can";
import { useDetectors } from "@/lib/client/privacy/use-detectors";

/** What the gateway recognises as personal data, custom patterns, and a page to try them on. */
export function DetectionView() {
  const detectors = useDetectors();
  const canWrite = useCan("privacy:write");

  return (
    <>
      <PageHeader
        title="Detection"
        description="The detectors that find personal data in tool results and stored arguments. Masking policies decide what happens to what they find."
        actions={canWrite ? <DetectorFormDialog /> : null}
      />
      <div className="space-y-8">
        <DetectionTestPanel detectors={detectors.data} />
        <CustomDetectorsTable query={detectors} canWrite={canWrite} />
        <BuiltInDetectorsTable query={detectors} />
      </div>
    </>
  );
}
