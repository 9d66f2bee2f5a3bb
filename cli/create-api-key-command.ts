import { createApiKey } from "@/lib/keys/create-api-key";
import type { Command } from "@/cli/commands";

export const createApiKeyCommand: Command = {
  summary:
    "Create an API key: --name <name> --role <role> [--role …] [--owner <email>] [--expires-in-days N] [--rate-limit N]",
  options: {
    name: { type: "string" },
    role: { type: "string", multiple: true },
    "expires-in-days": { type: "string" },
    "rate-limit": { type: "string" },
    // The user the key belongs to (disabling them stops it); default: the earliest enabled admin.
    owner: { type: "string" },
  },
  async run(values) {
    const days = values["expires-in-days"] ? Number(values["expires-in-days"]) : undefined;
    const { key, secret } = await createApiKey(
      {
        name: String(values.name ?? ""),
        roles: (values.role as string[] | undefined) ?? [],
        expiresAt: days !== undefined ? new Date(Date.now() + days * 86_400_000).toISOString() : undefined,
        rateLimitPerMinute: values["rate-limit"] ? Number(values["rate-limit"]) : undefined,
      },
      {
        principal: null,
        actor: { type: "system" },
        ownerEmail: typeof values.owner === "string" ? values.owner : undefined,
      },
    );
    console.error(
      `Created API key "${key.name}" (${key.prefix}) with roles ${key.roles.join(", ")}, owned by ${key.owner}. The secret below is shown once:`,
    );
    console.log(secret);
    return 0;
  },
};
