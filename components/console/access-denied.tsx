import { Lock } from "lucide-react";
import { Link } from "@/components/ui/link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";

export function AccessDenied({ section }: { section: string }) {
  return (
    <Panel>
      <EmptyState
        icon={Lock}
        title="You do not have access"
        action={
          <Button variant="secondary" asChild>
            <Link href="/account">Go to your account</Link>
          </Button>
        }
      >
        Your roles do not include access to {section}. Ask an administrator if you need it.
      </EmptyState>
    </Panel>
  );
}
