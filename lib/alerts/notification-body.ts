import { COMPARISON_SYMBOLS, type AlertComparison } from "@/lib/alerts/alert-types";

export type NotifiedEvent = {
  id: number;
  ruleId: string;
  ruleName: string;
  instance: string;
  state: string;
  severity: string;
  metric: string;
  value: number | null;
  threshold: number;
  at: Date;
};

/**
 * A Slack-compatible incoming-webhook body (text plus an attachment with a colour and fields), and
 * the same facts as a structured `gatehouse` object for receivers that are not Slack.
 */
export function notificationBody(event: NotifiedEvent, comparison: AlertComparison | null): string {
  const firing = event.state === "firing";
  const where = event.instance ? ` on ${event.instance}` : "";
  const value = event.value === null ? "no data" : String(Math.round(event.value * 1000) / 1000);
  const condition = `${event.metric} ${comparison ? COMPARISON_SYMBOLS[comparison] : "vs"} ${event.threshold}`;
  const text = `${firing ? "🔥 FIRING" : "✅ RESOLVED"} [${event.severity}] ${event.ruleName}${where}: ${value} (${condition})`;
  return JSON.stringify({
    text,
    attachments: [
      {
        color: firing ? (event.severity === "critical" ? "#d93f0b" : "#fbca04") : "#2ea44f",
        title: event.ruleName,
        text,
        fields: [
          { title: "State", value: event.state, short: true },
          { title: "Severity", value: event.severity, short: true },
          { title: "Value", value, short: true },
          { title: "Threshold", value: condition, short: true },
          ...(event.instance ? [{ title: "Server", value: event.instance, short: true }] : []),
        ],
        ts: Math.floor(event.at.getTime() / 1000),
      },
    ],
    gatehouse: {
      eventId: event.id,
      rule: { id: event.ruleId, name: event.ruleName, metric: event.metric },
      severity: event.severity,
      state: event.state,
      value: event.value,
      threshold: event.threshold,
      comparison,
      instance: event.instance,
      at: event.at.toISOString(),
    },
  });
}
