import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { putPrivacyDeclarationSchema } from "@/lib/privacy/declarations/privacy-declaration";
import { setToolPrivacy } from "@/lib/tools/set-tool-privacy";

// PUT /api/v1/tools/:id/privacy – what the tool does with personal data (null: the server's default applies)
export const PUT = withAuth(
  { capability: "tools:write", body: putPrivacyDeclarationSchema },
  async ({ params, body, principal, meta }) => ({
    tool: await setToolPrivacy(params.id, body, byPrincipal(principal, meta)),
  }),
);
