import { maskUrl } from "@/lib/servers/mask-url";

/**
 * A webhook URL as shown and audited: chat webhooks carry their credential in the path
 * (https://hooks.slack.com/services/T…/B…/secret), so only the first path segment is kept and the
 * rest becomes ***; secret-looking query values are masked as for upstream URLs.
 */
export function maskWebhookUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(maskUrl(url));
  } catch {
    return "***";
  }
  const segments = parsed.pathname.split("/").filter(Boolean);
  const path = segments.length > 1 ? `/${segments[0]}/***` : parsed.pathname;
  return `${parsed.origin}${path}${parsed.search.replaceAll("%2A%2A%2A", "***")}`;
}
