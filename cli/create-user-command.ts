import { randomBytes } from "node:crypto";
import { createUser } from "@/lib/users/create-user";
import type { Command } from "@/cli/commands";

export const createUserCommand: Command = {
  summary: "Create a user: --email <email> --role <role> [--role …] [--name <name>] [--password <pw>]",
  options: {
    email: { type: "string" },
    role: { type: "string", multiple: true },
    name: { type: "string" },
    password: { type: "string" },
  },
  async run(values) {
    const generated = values.password ? null : randomBytes(15).toString("base64url");
    const user = await createUser(
      {
        email: String(values.email ?? ""),
        name: values.name ? String(values.name) : undefined,
        password: values.password ? String(values.password) : generated!,
        roles: (values.role as string[] | undefined) ?? [],
      },
      { principal: null, actor: { type: "system" } },
    );
    console.log(`Created user ${user.email} with roles ${user.roles.join(", ")}.`);
    if (generated) console.log(`Password (shown once): ${generated}`);
    return 0;
  },
};
