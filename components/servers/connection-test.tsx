"use client";

import { PlugZap } from "lucide-react";
import { useState } from "react";
import { ConnectionTestResultView } from "@/components/servers/connection-test-result";
import { Button } from "@/components/ui/button";
import { InlineAlert } from "@/components/ui/inline-alert";
import type { ServerView } from "@/lib/servers/server-view";
import {
  parseArgs,
  toConnectionBody,
  type FieldErrors,
  type ServerFormValues,
} from "@/lib/client/servers/server-form-values";
import { useTestConnection } from "@/lib/client/servers/use-test-connection";
import { useTestSavedServer } from "@/lib/client/servers/use-test-saved-server";

export type ConnectionTestProps = {
  values: ServerFormValues;
  /** The saved server being edited, if any: an unchanged connection is tested with its stored secrets. */
  server: ServerView | null;
  onInvalid: (errors: FieldErrors) => void;
};

function isSavedConnection(server: ServerView, values: ServerFormValues): boolean {
  if (values.isReplacingSecrets) return false;
  if (server.transport === "stdio") {
    const args = parseArgs(values.argsText);
    return (
      values.command.trim() === server.command &&
      args.length === server.args.length &&
      args.every((a, i) => a === server.args[i])
    );
  }
  return values.url.trim() === server.url;
}

/** "Test connection": connects once (up to 10 s), lists what the server offers, and says what went wrong if it fails. */
export function ConnectionTest({ values, server, onInvalid }: ConnectionTestProps) {
  const testUnsaved = useTestConnection();
  const testSaved = useTestSavedServer();
  const [which, setWhich] = useState<"saved" | "unsaved" | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const storedKeys = server ? (server.transport === "stdio" ? server.envKeys : server.headerKeys) : [];

  function run() {
    if (server && isSavedConnection(server, values)) {
      setWhich("saved");
      setNote(null);
      testSaved.mutate(server.id);
      return;
    }
    const result = toConnectionBody({ ...values, secrets: values.isReplacingSecrets ? values.secrets : [] });
    if (!result.ok) return onInvalid(result.errors);
    setWhich("unsaved");
    setNote(
      server && !values.isReplacingSecrets && storedKeys.length > 0
        ? `Tested the changed connection without the stored ${server.transport === "stdio" ? "environment variables" : "headers"}; replace them to include them.`
        : null,
    );
    testUnsaved.mutate(result.body);
  }

  const current = which === "saved" ? testSaved : which === "unsaved" ? testUnsaved : null;
  return (
    <div className="space-y-3 border-t border-zinc-200 pt-4 dark:border-zinc-800">
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={run} disabled={current?.isPending}>
          <PlugZap aria-hidden="true" />
          {current?.isPending ? "Testing…" : server ? "Test these settings" : "Test connection"}
        </Button>
        <p className="text-xs text-zinc-500 dark:text-zinc-400" aria-live="polite">
          {current?.isPending
            ? "Connecting (up to 10 seconds)…"
            : "Connects once and lists the tools, without saving."}
        </p>
      </div>
      <div>
        {current?.data ? <ConnectionTestResultView result={current.data} /> : null}
        {current?.error ? (
          <InlineAlert>
            <p className="font-medium">Could not run the test.</p>
            <p className="mt-0.5">{current.error.message}</p>
          </InlineAlert>
        ) : null}
        {note && current?.data ? (
          <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400">{note}</p>
        ) : null}
      </div>
    </div>
  );
}
