import type { Metadata } from "next";
import { RequireCapability } from "@/components/console/require-capability";
import { ToolDetailView } from "@/components/tools/tool-detail-view";

export const metadata: Metadata = { title: "Tool" };

export default async function ToolPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RequireCapability capability="tools:read" section="tools">
      <ToolDetailView id={id} />
    </RequireCapability>
  );
}
