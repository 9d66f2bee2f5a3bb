import type { Metadata } from "next";
import { ExplainView } from "@/components/access/explain-view";
import { RequireCapability } from "@/components/console/require-capability";

export const metadata: Metadata = { title: "Explain access" };

type Props = { searchParams: Promise<{ user?: string | string[]; key?: string | string[] }> };

// /explain?user=<id> or /explain?key=<id> starts with that user or API key chosen.
export default async function ExplainPage({ searchParams }: Props) {
  const { user, key } = await searchParams;
  const preset =
    typeof user === "string"
      ? { type: "user" as const, id: user }
      : typeof key === "string"
        ? { type: "api_key" as const, id: key }
        : null;
  return (
    <RequireCapability capability="roles:read" section="explaining access">
      <ExplainView preset={preset} />
    </RequireCapability>
  );
}
