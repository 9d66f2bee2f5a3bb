import { withAuth } from "@/lib/api/with-auth";
import { previewRoleChange } from "@/lib/access/preview-role-change";
import { previewRoleChangeSchema } from "@/lib/access/schemas";

// POST /api/v1/roles/:name/preview – who gains or loses which capabilities and tools if this change is saved
export const POST = withAuth(
  { capability: "roles:write", body: previewRoleChangeSchema },
  async ({ params, body }) => previewRoleChange(params.name, body),
);
