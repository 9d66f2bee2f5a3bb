"use client";

import { Link } from "@/components/ui/link";
import { DeclarationEditor } from "@/components/privacy/declarations/declaration-editor";
import { DeclarationSummary } from "@/components/privacy/declarations/declaration-summary";
import { ToolSection } from "@/components/tools/tool-section";
import { Badge } from "@/components/ui/badge";
import { Button, focusRing } from "@/components/ui/button";
import { ConfirmMutationButton } from "@/components/ui/confirm-mutation-button";
import { useToast } from "@/components/ui/toast-context";
import type { PrivacyDeclaration } from "@/lib/privacy/declarations/privacy-declaration";
import type { ToolDetail } from "@/lib/tools/tool-detail-type";
import { cn } from "@/lib/client/cn";
import { useCan } from "@/lib/client/me/use-can";
import { readToolPrivacy } from "@/lib/client/privacy/privacy-of-view";
import { usePutToolPrivacy } from "@/lib/client/tools/use-put-tool-privacy";

const link = cn("rounded font-mono text-indigo-700 hover:underline dark:text-indigo-300", focusRing);

/** What the tool does with personal data: its own declaration, or its server's default. */
export function ToolPrivacySection({ tool }: { tool: ToolDetail }) {
  const canWrite = useCan("tools:write");
  const canReadServers = useCan("servers:read");
  const { declaration, source } = readToolPrivacy(tool);
  const put = usePutToolPrivacy();
  const toast = useToast();
  const server = canReadServers ? (
    <Link href={`/servers/${tool.serverId}`} className={link}>
      {tool.serverSlug}
    </Link>
  ) : (
    <span className="font-mono">{tool.serverSlug}</span>
  );

  async function save(next: PrivacyDeclaration) {
    await put.mutateAsync({ id: tool.id, declaration: next });
    toast.success(`Saved the privacy declaration of ${tool.exposedName}.`);
  }

  async function useServerDefault() {
    await put.mutateAsync({ id: tool.id, declaration: null });
    toast.success(`${tool.exposedName} now follows the default of ${tool.serverSlug}.`);
  }

  return (
    <ToolSection
      title="Privacy"
      id="tool-privacy"
      actions={source === "server" ? <Badge tone="info">inherited from server</Badge> : null}
    >
      <p className="mb-4 max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">
        {declaration === null ? (
          <>
            Undeclared: the gateway treats this tool as processing nothing personal, so it checks no consent.
          </>
        ) : source === "server" ? (
          <>
            This tool has no declaration of its own and follows the default of {server}.
            {canWrite ? " Saving below gives it its own." : ""}
          </>
        ) : (
          <>Declared on this tool; it overrides the default of {server}.</>
        )}
      </p>
      {canWrite ? (
        <DeclarationEditor
          key={JSON.stringify([declaration, source])}
          id="tool-privacy"
          initial={declaration}
          inputSchema={tool.inputSchema}
          onSave={save}
          isPending={put.isPending}
          saveLabel={source === "tool" ? "Save" : "Save for this tool"}
          extraActions={
            source === "tool" ? (
              <ConfirmMutationButton
                trigger={<Button variant="ghost">Use server default</Button>}
                title={`Use the server's default for ${tool.exposedName}?`}
                description={`The tool's own declaration is removed; from the next call it follows the default of ${tool.serverSlug}, or declares nothing if the server has none.`}
                confirmLabel="Use server default"
                pendingLabel="Saving…"
                isPending={put.isPending}
                tone="primary"
                onConfirm={useServerDefault}
              />
            ) : null
          }
        />
      ) : declaration ? (
        <DeclarationSummary declaration={declaration} />
      ) : null}
    </ToolSection>
  );
}
