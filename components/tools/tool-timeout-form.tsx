"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { describedBy } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { Input } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast-context";
import type { ToolView } from "@/lib/tools/tool-view-type";
import { ApiError } from "@/lib/client/api-error";
import { toastApiError } from "@/lib/client/toast-api-error";
import { useUpdateTool } from "@/lib/client/tools/use-update-tool";

const HINT = "100 to 600000 ms. Empty: the server's timeout applies.";

/** The tool's own call timeout, or the server's when cleared. */
export function ToolTimeoutForm({ tool }: { tool: Pick<ToolView, "id" | "exposedName" | "timeoutMs"> }) {
  const [value, setValue] = useState(tool.timeoutMs === null ? "" : String(tool.timeoutMs));
  const [error, setError] = useState<string | undefined>();
  const updateTool = useUpdateTool();
  const toast = useToast();

  async function save(timeoutMs: number | null) {
    try {
      await updateTool.mutateAsync({ id: tool.id, body: { timeoutMs } });
      setValue(timeoutMs === null ? "" : String(timeoutMs));
      toast.success(
        timeoutMs === null
          ? `${tool.exposedName} now uses the server's timeout.`
          : `Set the timeout of ${tool.exposedName} to ${timeoutMs} ms.`,
      );
    } catch (cause) {
      const fieldError = cause instanceof ApiError ? cause.fieldError("timeoutMs") : undefined;
      if (fieldError) setError(fieldError);
      else toastApiError(toast, cause);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = value.trim();
    if (text === "") return void save(null);
    const ms = Number(text);
    if (!Number.isInteger(ms) || ms < 100 || ms > 600_000)
      return setError("Enter a whole number from 100 to 600000");
    setError(undefined);
    void save(ms);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-1.5">
      <Label htmlFor="tool-timeout">Timeout (ms)</Label>
      <div className="flex flex-wrap items-center gap-2">
        <Input
          id="tool-timeout"
          type="number"
          inputMode="numeric"
          min={100}
          max={600_000}
          step={1}
          placeholder="Server default"
          value={value}
          hasError={!!error}
          aria-describedby={describedBy("tool-timeout", { error, hint: HINT })}
          onChange={(e) => setValue(e.currentTarget.value)}
          className="w-44"
        />
        <Button type="submit" variant="secondary" disabled={updateTool.isPending}>
          {updateTool.isPending ? "Saving…" : "Save timeout"}
        </Button>
        {tool.timeoutMs !== null ? (
          <Button variant="ghost" disabled={updateTool.isPending} onClick={() => void save(null)}>
            Use the server&apos;s timeout
          </Button>
        ) : null}
      </div>
      {error ? (
        <p id="tool-timeout-error" className="text-xs font-medium text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : (
        <p id="tool-timeout-hint" className="text-xs text-zinc-500 dark:text-zinc-400">
          {HINT}
        </p>
      )}
    </form>
  );
}
