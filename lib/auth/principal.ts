import type { Access } from "@/lib/rbac/access";

/** Who is making a request: a signed-in user (session cookie) or an API key (Bearer). */
export type Principal =
  | { type: "user"; id: string; email: string; name: string | null; access: Access; via: "session" }
  | {
      type: "api_key";
      id: string;
      name: string;
      prefix: string;
      access: Access;
      rateLimitPerMinute: number | null;
      via: "bearer";
      /** The user the key belongs to (the root of a chain of keys minted by keys). */
      ownerId: string;
    };
