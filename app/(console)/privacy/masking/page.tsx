import type { Metadata } from "next";
import { RequireCapability } from "@/components/console/require-capability";
import { MaskingView } from "@/components/privacy/masking/masking-view";

export const metadata: Metadata = { title: "Masking" };

export default function MaskingPage() {
  return (
    <RequireCapability capability="privacy:read" section="masking">
      <MaskingView />
    </RequireCapability>
  );
}
