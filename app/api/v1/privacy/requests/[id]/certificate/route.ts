import { withAuth } from "@/lib/api/with-auth";
import {
  certificateFileName,
  getErasureCertificateOrThrow,
} from "@/lib/privacy/erasure/get-erasure-certificate";

// GET /api/v1/privacy/requests/[id]/certificate – the signed erasure certificate of a completed erasure, as a download
export const GET = withAuth({ capability: "privacy:read" }, async ({ params }) => {
  const certificate = await getErasureCertificateOrThrow(params.id);
  return new Response(certificate, {
    headers: {
      "Content-Type": "application/json",
      "Content-Disposition": `attachment; filename="${certificateFileName(params.id)}"`,
      "Cache-Control": "no-store",
    },
  });
});
