import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { putPrivacyDeclarationSchema } from "@/lib/privacy/declarations/privacy-declaration";
import { setServerPrivacy } from "@/lib/servers/set-server-privacy";

// PUT /api/v1/servers/:id/privacy – the declaration the server's tools, prompts and resources inherit
export const PUT = withAuth(
  { capability: "servers:write", body: putPrivacyDeclarationSchema },
  async ({ params, body, principal, meta }) => ({
    server: await setServerPrivacy(params.id, body, byPrincipal(principal, meta)),
  }),
);
