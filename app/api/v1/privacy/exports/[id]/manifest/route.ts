import { withAuth } from "@/lib/api/with-auth";
import { getSubjectExportManifestOrThrow } from "@/lib/privacy/access/open-subject-export";
import { subjectManifestFileName } from "@/lib/privacy/access/subject-export-manifest";

// GET /api/v1/privacy/exports/[id]/manifest – the signed manifest of an access export, as a download
export const GET = withAuth({ capability: "privacy:read" }, async ({ params }) => {
  const manifest = await getSubjectExportManifestOrThrow(params.id);
  return new Response(JSON.stringify(manifest, null, 2) + "\n", {
    headers: {
      "Content-Type": "application/json",
      "Content-Disposition": `attachment; filename="${subjectManifestFileName(manifest.exportId)}"`,
      "Cache-Control": "no-store",
    },
  });
});
