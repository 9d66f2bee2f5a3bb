import { createApiKey } from "@/lib/keys/create-api-key";
import type { Command } from "@/cli/commands";

export const createApiKeyCommand: Command = {
  summary: "Create an API key: --name <name> --role <role> [--role …] [--expires-in-days N] [--rate-limit N]",
  options: {
    name: { type: "string" },
    role: { type: "string", multiple: true },
    "expires-in-days": { type: "string" },
    "rate-limit": { type: "string" },
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
      { principal: null, actor: { type: "system" } },
    );
    console.error(`Created API key "${key.name}" (${key.prefix}) with roles ${key.roles.join(", ")}. The secret below is shown once:`);
    console.log(secret);
    return 0;
  },
};
