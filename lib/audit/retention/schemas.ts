// Request bodies of the retention and legal-hold API, shared by the route handlers and the console.
import { z } from "zod";
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from "@/lib/audit/retention/retention-classes";

export const retentionDaysSchema = z
  .number({ error: "Enter a number of days" })
  .int("Enter a whole number of days")
  .min(MIN_RETENTION_DAYS, `Keep events for at least ${MIN_RETENTION_DAYS} day`)
  .max(MAX_RETENTION_DAYS, `Keep events for at most ${MAX_RETENTION_DAYS} days (100 years)`);

export const updateRetentionSchema = z.strictObject({ days: retentionDaysSchema });
export type UpdateRetentionInput = z.input<typeof updateRetentionSchema>;

const instant = z.iso.datetime({ offset: true, error: "Use an ISO date-time, e.g. 2026-01-31T00:00:00Z" });

/**
 * A legal hold needs a reason and at least one scope. Several scopes on one hold narrow it (AND):
 * "this actor, within this time range".
 */
export const createLegalHoldSchema = z
  .strictObject({
    reason: z
      .string()
      .trim()
      .min(3, "Give a reason of at least 3 characters")
      .max(500, "Keep the reason under 500 characters"),
    fromTime: instant.optional(),
    toTime: instant.optional(),
    actorId: z.string().trim().min(1, "Choose an actor").max(200).optional(),
    subjectEmail: z.email({ error: "Enter a full email address" }).max(320).optional(),
  })
  .superRefine((hold, ctx) => {
    if (!hold.fromTime && !hold.toTime && !hold.actorId && !hold.subjectEmail) {
      ctx.addIssue({
        code: "custom",
        path: ["scope"],
        message: "Set at least one scope: a time range, an actor or a data subject",
      });
    }
    if (hold.fromTime && hold.toTime && new Date(hold.fromTime) >= new Date(hold.toTime)) {
      ctx.addIssue({ code: "custom", path: ["toTime"], message: "The end must be after the start" });
    }
  });
export type CreateLegalHoldInput = z.input<typeof createLegalHoldSchema>;
