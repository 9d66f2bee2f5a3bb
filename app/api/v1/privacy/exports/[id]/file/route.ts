import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { openSubjectExportDownload } from "@/lib/privacy/access/open-subject-export";

// GET /api/v1/privacy/exports/[id]/file – the access export decrypted, as a download; every download is audited
export const GET = withAuth({ capability: "privacy:read" }, async ({ params, principal, meta }) => {
  const download = await openSubjectExportDownload(params.id, byPrincipal(principal, meta));
  return new Response(download.body, {
    headers: {
      "Content-Type": download.contentType,
      "Content-Length": String(download.bytes),
      "Content-Disposition": `attachment; filename="${download.fileName}"`,
      "Cache-Control": "no-store",
      "X-Export-Sha256": download.sha256,
    },
  });
});
