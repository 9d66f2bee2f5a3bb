"use client";

import { DeclarationEditor } from "@/components/privacy/declarations/declaration-editor";
import { DeclarationSummary } from "@/components/privacy/declarations/declaration-summary";
import { Button } from "@/components/ui/button";
import { ConfirmMutationButton } from "@/components/ui/confirm-mutation-button";
import { Panel } from "@/components/ui/panel";
import { useToast } from "@/components/ui/toast-context";
import type { PrivacyDeclaration } from "@/lib/privacy/declarations/privacy-declaration";
import type { ServerView } from "@/lib/servers/server-view";
import { useCan } from "@/lib/client/me/use-can";
import { readServerPrivacyDefault } from "@/lib/client/privacy/privacy-of-view";
import { usePutServerPrivacy } from "@/lib/client/servers/use-put-server-privacy";

/** The declaration every tool, prompt and resource of the server follows unless it has its own. */
export function ServerPrivacyPanel({ server }: { server: ServerView }) {
  const canWrite = useCan("servers:write");
  const declaration = readServerPrivacyDefault(server);
  const put = usePutServerPrivacy();
  const toast = useToast();

  async function save(next: PrivacyDeclaration) {
    await put.mutateAsync({ id: server.id, declaration: next });
    toast.success(`Saved the privacy default of ${server.name}.`);
  }

  async function clear() {
    await put.mutateAsync({ id: server.id, declaration: null });
    toast.success(`${server.name} has no privacy default now.`);
  }

  return (
    <section aria-labelledby="server-privacy-heading">
      <Panel className="p-5">
        <h2
          id="server-privacy-heading"
          className="mb-1 text-sm font-semibold text-zinc-900 dark:text-zinc-50"
        >
          Privacy default
        </h2>
        <p className="mb-4 max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">
          {declaration
            ? "Tools of this server without a declaration of their own follow this one."
            : "None: tools of this server without their own declaration are treated as processing nothing personal."}
        </p>
        {canWrite ? (
          <DeclarationEditor
            key={JSON.stringify(declaration)}
            id="server-privacy"
            initial={declaration}
            onSave={save}
            isPending={put.isPending}
            saveLabel="Save default"
            extraActions={
              declaration ? (
                <ConfirmMutationButton
                  trigger={<Button variant="ghost">Remove default</Button>}
                  title={`Remove the privacy default of ${server.name}?`}
                  description="From the next call, its tools without their own declaration declare nothing: no consent is checked for them."
                  confirmLabel="Remove default"
                  pendingLabel="Saving…"
                  isPending={put.isPending}
                  onConfirm={clear}
                />
              ) : null
            }
          />
        ) : declaration ? (
          <DeclarationSummary declaration={declaration} />
        ) : null}
      </Panel>
    </section>
  );
}
