import type { Metadata } from "next";
import { OverviewView } from "@/components/overview/overview-view";

export const metadata: Metadata = { title: "Overview" };

// Every signed-in user may open the overview; the API leaves out what their roles may not read.
export default function OverviewPage() {
  return <OverviewView />;
}
