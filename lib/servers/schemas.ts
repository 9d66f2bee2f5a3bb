// Input shapes for upstream servers, shared by the REST API, the console's forms and the seed.
import { z } from "zod";

export const TRANSPORTS = ["stdio", "streamable_http", "sse"] as const;
export type Transport = (typeof TRANSPORTS)[number];

const slugSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,31}$/,
    "Use 1-32 lowercase letters, digits and -, starting with a letter or digit",
  );
const secretMapSchema = z
  .record(
    z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]*$/, "Names use letters, digits, _ and -"),
    z.string().max(8192),
  )
  .refine((m) => Object.keys(m).length <= 50, "At most 50 entries");
// Credentials in the URL (user:password@) would be shown and logged wherever the URL is: they
// belong in headers, which are encrypted and write-only.
const httpUrl = z
  .url({ message: "Enter a full http:// or https:// URL" })
  .refine((u) => /^https?:\/\//.test(u), "Use an http:// or https:// URL")
  .refine(
    (u) => !hasUserInfo(u),
    "Remove user:password@ from the URL: send credentials as a header instead (e.g. Authorization), which is stored encrypted",
  );

function hasUserInfo(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.username !== "" || parsed.password !== "";
  } catch {
    return false;
  }
}

const limits = {
  timeoutMs: z.number().int().min(100).max(600_000).optional(),
  maxConcurrent: z.number().int().min(1).max(1000).optional(),
  maxQueue: z.number().int().min(0).max(10_000).optional(),
  breakerFailureThreshold: z.number().int().min(1).max(1000).optional(),
  breakerHalfOpenAfterMs: z.number().int().min(1000).max(3_600_000).optional(),
  breakerSuccessThreshold: z.number().int().min(1).max(100).optional(),
  autoApprove: z.boolean().optional(),
  isEnabled: z.boolean().optional(),
  description: z.string().trim().max(1000).optional(),
};

const stdioFields = {
  transport: z.literal("stdio"),
  command: z.string().trim().min(1, "Enter the command to run").max(1024),
  args: z.array(z.string().max(4096)).max(100).default([]),
  env: secretMapSchema.optional(),
};
const streamableHttpFields = {
  transport: z.literal("streamable_http"),
  url: httpUrl,
  headers: secretMapSchema.optional(),
};
const sseFields = { transport: z.literal("sse"), url: httpUrl, headers: secretMapSchema.optional() };

/** How to reach an upstream: what "test connection" needs. */
export const connectionSchema = z.discriminatedUnion("transport", [
  z.strictObject(stdioFields),
  z.strictObject(streamableHttpFields),
  z.strictObject(sseFields),
]);
export type ConnectionInput = z.input<typeof connectionSchema>;
export type Connection = z.output<typeof connectionSchema>;

const identity = { slug: slugSchema, name: z.string().trim().min(1, "Enter a name").max(120), ...limits };

export const createServerSchema = z.discriminatedUnion("transport", [
  z.strictObject({ ...identity, ...stdioFields }),
  z.strictObject({ ...identity, ...streamableHttpFields }),
  z.strictObject({ ...identity, ...sseFields }),
]);
export type CreateServerInput = z.input<typeof createServerSchema>;

/** Changes to a saved server. env/headers, when sent, replace the stored ones (write-only). */
export const updateServerSchema = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  command: z.string().trim().min(1).max(1024).optional(),
  args: z.array(z.string().max(4096)).max(100).optional(),
  env: secretMapSchema.optional(),
  url: httpUrl.optional(),
  headers: secretMapSchema.optional(),
  ...limits,
});
export type UpdateServerInput = z.input<typeof updateServerSchema>;
