// Input shapes for alert rules and webhooks, shared by the REST API and the console's forms.
import { z } from "zod";
import {
  ALERT_COMPARISONS,
  ALERT_METRICS,
  ALERT_SCOPES,
  ALERT_SEVERITIES,
  UPSTREAM_METRICS,
  type AlertMetric,
} from "@/lib/alerts/alert-types";

const severity = z.enum(ALERT_SEVERITIES, { message: "Choose warning or critical" });
const comparison = z.enum(ALERT_COMPARISONS, { message: "Choose gt, gte, lt or lte" });
const threshold = z.number({ message: "Enter a number" }).finite("Enter a finite number");
const forSeconds = z
  .number({ message: "Enter a number of seconds" })
  .int("Use whole seconds")
  .min(0, "Use 0 or more seconds")
  .max(86_400, "Use at most 86400 seconds (one day)");
const windowSeconds = z
  .number({ message: "Enter a number of seconds" })
  .int("Use whole seconds")
  .min(60, "Use a window of at least 60 seconds")
  .max(86_400, "Use a window of at most 86400 seconds (one day)");
const name = z.string().trim().min(1, "Enter a name").max(120, "Use at most 120 characters");
const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,31}$/, "Enter a server slug (lowercase letters, digits and -)");

/** Percent metrics must stay within 0..100, so that a typo (e.g. 0.05 for 5 %) is at least plausible. */
function thresholdProblem(metric: AlertMetric, value: number): string | null {
  if ((metric === "error_rate" || metric === "availability") && (value < 0 || value > 100))
    return "Use a percentage between 0 and 100";
  if (value < 0) return "Use a threshold of 0 or more";
  return null;
}

export const createRuleSchema = z
  .strictObject({
    name,
    metric: z.enum(ALERT_METRICS, { message: `Choose one of ${ALERT_METRICS.join(", ")}` }),
    scope: z.enum(ALERT_SCOPES, { message: "Choose all, server or tool" }),
    server: slug.nullish(),
    tool: z.string().trim().min(1, "Enter the tool's name").max(200).nullish(),
    comparison,
    threshold,
    forSeconds,
    windowSeconds: windowSeconds.optional(),
    severity,
    isEnabled: z.boolean().optional(),
  })
  .superRefine((rule, ctx) => {
    if (rule.scope !== "all" && !rule.server)
      ctx.addIssue({ code: "custom", path: ["server"], message: "Name the server this rule watches" });
    if (rule.scope === "tool" && !rule.tool)
      ctx.addIssue({ code: "custom", path: ["tool"], message: "Name the tool this rule watches" });
    if (rule.scope === "tool" && UPSTREAM_METRICS.has(rule.metric))
      ctx.addIssue({
        code: "custom",
        path: ["scope"],
        message: "Upstream metrics apply to a server, not a tool",
      });
    const problem = thresholdProblem(rule.metric, rule.threshold);
    if (problem) ctx.addIssue({ code: "custom", path: ["threshold"], message: problem });
  });
export type CreateRuleInput = z.output<typeof createRuleSchema>;

/** What an edit may change; a built-in rule's metric and scope are fixed (checked in updateRule). */
export const updateRuleSchema = z
  .strictObject({
    name: name.optional(),
    comparison: comparison.optional(),
    threshold: threshold.optional(),
    forSeconds: forSeconds.optional(),
    windowSeconds: windowSeconds.optional(),
    severity: severity.optional(),
    isEnabled: z.boolean().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, "Send at least one field to change");
export type UpdateRuleInput = z.output<typeof updateRuleSchema>;

const webhookUrl = z
  .url({ message: "Enter a full http:// or https:// URL" })
  .refine((u) => /^https?:\/\//.test(u), "Use an http:// or https:// URL")
  .refine((u) => {
    try {
      const parsed = new URL(u);
      return parsed.username === "" && parsed.password === "";
    } catch {
      return false;
    }
  }, "Remove user:password@ from the URL: the requests are signed instead");

export const createWebhookSchema = z.strictObject({
  name,
  url: webhookUrl,
  minSeverity: severity.optional(),
  isEnabled: z.boolean().optional(),
});
export const updateWebhookSchema = z
  .strictObject({
    name: name.optional(),
    url: webhookUrl.optional(),
    minSeverity: severity.optional(),
    isEnabled: z.boolean().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, "Send at least one field to change");

export const historyQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1, "Pages start at 1").max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200, "Use at most 200 rows a page").default(50),
  ruleId: z.string().max(64).optional(),
});
