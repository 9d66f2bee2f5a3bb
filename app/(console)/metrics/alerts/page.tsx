import type { Metadata } from "next";
import { RequireCapability } from "@/components/console/require-capability";
import { AlertsView } from "@/components/metrics/alerts/alerts-view";

export const metadata: Metadata = { title: "Alerts" };

export default function AlertsPage() {
  return (
    <RequireCapability capability="metrics:read" section="Alerts">
      <AlertsView />
    </RequireCapability>
  );
}
