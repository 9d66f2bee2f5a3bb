import { expect, test } from "vitest";
import { maskWebhookUrl } from "@/lib/alerts/mask-webhook-url";

test("webhook URLs keep their origin and first path segment only", () => {
  expect(maskWebhookUrl("https://hooks.slack.com/services/T000/B000/XXXXSECRET")).toBe(
    "https://hooks.slack.com/services/***",
  );
  expect(maskWebhookUrl("http://127.0.0.1:8080/hook")).toBe("http://127.0.0.1:8080/hook");
  expect(maskWebhookUrl("https://example.test/in?token=abc&team=ops")).toBe(
    "https://example.test/in?token=***&team=ops",
  );
});
