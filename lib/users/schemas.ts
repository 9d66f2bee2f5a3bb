// Input shapes for users, shared by the REST handlers, the console's forms and the CLI.
import { z } from "zod";

export const roleNameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,47}$/, "Role names are 2-48 characters: lowercase letters, digits and _");
export const passwordSchema = z
  .string()
  .min(12, "Use at least 12 characters")
  .max(256, "Use at most 256 characters");
export const emailSchema = z
  .email("Enter a valid email address")
  .max(254)
  .transform((v) => v.trim().toLowerCase());

export const createUserSchema = z.strictObject({
  email: emailSchema,
  name: z.string().trim().max(120).optional(),
  password: passwordSchema,
  roles: z.array(roleNameSchema).min(1, "Give the user at least one role").max(20),
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z.strictObject({
  name: z.string().trim().max(120).nullable().optional(),
  roles: z.array(roleNameSchema).min(1, "A user needs at least one role").max(20).optional(),
  isDisabled: z.boolean().optional(),
});
export type UpdateUserInput = z.input<typeof updateUserSchema>;

export const resetPasswordSchema = z.strictObject({
  /** Omit to have a random temporary password generated and returned once. */
  password: passwordSchema.optional(),
});

export const listUsersQuerySchema = z.strictObject({
  q: z.string().max(254).optional(),
  /** only users holding this role directly */
  role: roleNameSchema.optional(),
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
