// Input shapes of the data-subject request API.
import { z } from "zod";
import { IDENTIFIER_KINDS } from "@/lib/privacy/subjects/schemas";
import { REQUEST_STATES, REQUEST_TYPES } from "@/lib/privacy/requests/request-types";
import { MAX_EXTENSION_DAYS } from "@/lib/privacy/requests/request-deadlines";

export const requestIdSchema = z.string().regex(/^dsr_[A-Za-z0-9_-]{8,40}$/, "Not a request id");

const reason = z
  .string({ error: "Give a reason" })
  .trim()
  .min(1, "Give a reason")
  .max(1000, "At most 1,000 characters");

/** POST /api/v1/privacy/requests: a request received from a person. */
export const createRequestSchema = z.strictObject({
  type: z.enum(REQUEST_TYPES, { error: "Choose access or erasure" }),
  identifier: z.strictObject({
    kind: z.enum(IDENTIFIER_KINDS, { error: "Choose email, phone or external_id" }),
    value: z
      .string({ error: "Enter the identifier" })
      .trim()
      .min(1, "Enter the identifier")
      .max(254, "At most 254 characters"),
  }),
});
export type CreateRequestInput = z.output<typeof createRequestSchema>;

export const VERIFICATION_METHODS = ["email_reply", "id_document", "signed_in_account", "other"] as const;

export const verifyRequestSchema = z.strictObject({
  method: z.enum(VERIFICATION_METHODS, { error: "Choose how identity was verified" }),
  reference: z
    .string({ error: "Give a reference for the check" })
    .trim()
    .min(1, "Give a reference for the check")
    .max(500, "At most 500 characters"),
});

export const reasonSchema = z.strictObject({ reason });

export const extendRequestSchema = z.strictObject({
  reason,
  days: z.coerce
    .number({ error: "Give a number of days" })
    .int("Whole days")
    .min(1, "At least 1 day")
    .max(MAX_EXTENSION_DAYS, `At most ${MAX_EXTENSION_DAYS} days`),
});

/** approve, execute, retry: nothing to say but the action (an empty body is fine). */
export const noBodySchema = z.strictObject({}).optional();

export const listRequestsQuerySchema = z.strictObject({
  state: z.enum(REQUEST_STATES).optional(),
  type: z.enum(REQUEST_TYPES).optional(),
  due: z.enum(["overdue", "due_1d", "due_7d"]).optional(),
  cursor: requestIdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListRequestsQuery = z.output<typeof listRequestsQuerySchema>;
