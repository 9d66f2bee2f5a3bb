import "server-only";
import type { AuditEventView } from "@/lib/audit/event-view";
import { maskJson } from "@/lib/privacy/masking/mask-json";
import { maskText } from "@/lib/privacy/masking/mask-text";
import type { StrategyFor } from "@/lib/privacy/masking/masking-types";
import { getMaskingRuntime, type MaskingRuntime } from "@/lib/privacy/policies/masking-runtime";
import { TOKEN_PATTERN } from "@/lib/privacy/policies/schemas";

// Audit views show personal values partially (j***@example.com) unless a privacy:reveal holder
// reveals an event with a reason (reveal-audit-event.ts). Every enabled detector runs, custom ones
// included (the masking runtime's engine): the audit trail is read by people who need to see what
// happened, not whose data it was. Partial never tokenizes, so nothing reaches the vault from here.
const partial: StrategyFor = () => "partial";
const HAS_TOKEN = new RegExp(TOKEN_PATTERN);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The view with personal values masked (partial) and `masked: true`, or the view itself when nothing was found. */
export async function maskAuditEventView(view: AuditEventView): Promise<AuditEventView> {
  return maskWith(await getMaskingRuntime(), view);
}

export async function maskAuditEventViews(views: readonly AuditEventView[]): Promise<AuditEventView[]> {
  const runtime = await getMaskingRuntime();
  return views.map((view) => maskWith(runtime, view));
}

function maskWith(
  { engine, context }: Pick<MaskingRuntime, "engine" | "context">,
  view: AuditEventView,
): AuditEventView {
  let masked = false;

  let payload = view.payload;
  if (payload !== null && payload !== undefined) {
    const result = maskJson(payload, engine, partial, context);
    // Arguments stored tokenized hold no value to mask, but a reveal shows what the tokens stand for.
    masked ||= result.masked > 0 || HAS_TOKEN.test(JSON.stringify(payload));
    payload = result.value;
  }
  let subject = view.subject;
  if (isRecord(subject)) {
    const result = maskJson(subject, engine, partial, context);
    masked ||= result.masked > 0;
    if (isRecord(result.value)) subject = result.value;
  }
  let label = view.actor.label;
  // People sign in with their email; API key labels name keys, not persons.
  if (view.actor.type === "user" && label) {
    const result = maskText(label, engine, partial, context);
    masked ||= result.masked.length > 0;
    label = result.text;
  }
  return masked ? { ...view, payload, subject, actor: { ...view.actor, label }, masked: true } : view;
}
