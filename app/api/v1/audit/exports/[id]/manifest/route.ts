import { withAuth } from "@/lib/api/with-auth";
import { getExportManifestOrThrow } from "@/lib/audit/export/get-export-manifest";
import { manifestFileName } from "@/lib/audit/export/export-manifest";

// GET /api/v1/audit/exports/[id]/manifest – the signed manifest of a finished export, as a download
export const GET = withAuth({ capability: "audit:export" }, async ({ params }) => {
  const manifest = await getExportManifestOrThrow(params.id);
  return new Response(JSON.stringify(manifest, null, 2) + "\n", {
    headers: {
      "Content-Type": "application/json",
      "Content-Disposition": `attachment; filename="${manifestFileName(manifest.file.name)}"`,
      "Cache-Control": "no-store",
    },
  });
});
