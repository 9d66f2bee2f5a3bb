"use client";

import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { ConnectionTest } from "@/components/servers/connection-test";
import { ServerConnectionFields } from "@/components/servers/server-connection-fields";
import { ServerFormSection } from "@/components/servers/server-form-section";
import { ServerIdentityFields } from "@/components/servers/server-identity-fields";
import { ServerLimitsFields } from "@/components/servers/server-limits-fields";
import { Button } from "@/components/ui/button";
import { InlineAlert } from "@/components/ui/inline-alert";
import { useToast } from "@/components/ui/toast-context";
import type { ServerView } from "@/lib/servers/server-view";
import { ApiError } from "@/lib/client/api-error";
import {
  emptyServerForm,
  LIMIT_FIELDS,
  rowErrorKey,
  secretFieldOf,
  serverFormFrom,
  toCreateBody,
  toUpdateBody,
  type FieldErrors,
  type ServerFormValues,
} from "@/lib/client/servers/server-form-values";
import { toastApiError } from "@/lib/client/toast-api-error";
import { useCreateServer } from "@/lib/client/servers/use-create-server";
import { useUpdateServer } from "@/lib/client/servers/use-update-server";
import { useCan } from "@/lib/client/me/use-can";

export type ServerFormProps = { mode: "create" } | { mode: "edit"; server: ServerView };

const CONNECTION_KEYS: readonly (keyof ServerFormValues)[] = [
  "transport",
  "command",
  "argsText",
  "url",
  "secrets",
  "isReplacingSecrets",
];

/** The API's field errors in the form's terms: env/header names point at their row. */
function toFieldErrors(error: ApiError, values: ServerFormValues): FieldErrors {
  const secretField = secretFieldOf(values.transport);
  const fields: FieldErrors = {};
  for (const [key, messages] of Object.entries(error.fields)) {
    const message = messages[0];
    if (!message) continue;
    if (key.startsWith(`${secretField}.`)) {
      const row = values.secrets.find((r) => r.key.trim() === key.slice(secretField.length + 1));
      fields[row ? rowErrorKey(secretField, row.id, "key") : secretField] = row
        ? message
        : `${key.slice(secretField.length + 1)}: ${message}`;
    } else {
      fields[key] = message;
    }
  }
  // A taken slug comes back as a conflict: the server's sentence says which.
  if (error.code === "conflict" && fields.slug) fields.slug = error.message;
  return fields;
}

/** Errors of the fields a change touches go away; the rest stay until the next submit. */
function clearEditedErrors(
  errors: FieldErrors,
  patch: Partial<ServerFormValues>,
  before: ServerFormValues,
): FieldErrors {
  if (Object.keys(errors).length === 0) return errors;
  const touched = new Set<string>(["form"]);
  if ("name" in patch) touched.add("name");
  if ("slug" in patch) touched.add("slug");
  if ("description" in patch) touched.add("description");
  if ("command" in patch) touched.add("command");
  if ("argsText" in patch) touched.add("args");
  if ("url" in patch) touched.add("url");
  if ("autoApprove" in patch) touched.add("autoApprove");
  if (patch.limits)
    for (const field of LIMIT_FIELDS) if (patch.limits[field] !== before.limits[field]) touched.add(field);
  const field = secretFieldOf(before.transport);
  if ("transport" in patch || "isReplacingSecrets" in patch) {
    // A different transport or a fresh list: no earlier row error applies.
    if ("transport" in patch) for (const key of ["command", "args", "url"]) touched.add(key);
    return Object.fromEntries(
      Object.entries(errors).filter(
        ([key]) => !touched.has(key) && !key.startsWith("env") && !key.startsWith("headers"),
      ),
    );
  }
  if (patch.secrets) {
    touched.add(field);
    for (const row of before.secrets) {
      const next = patch.secrets.find((r) => r.id === row.id);
      if (next?.key !== row.key) touched.add(rowErrorKey(field, row.id, "key"));
      if (next?.value !== row.value) touched.add(rowErrorKey(field, row.id, "value"));
    }
  }
  return Object.fromEntries(Object.entries(errors).filter(([key]) => !touched.has(key)));
}

/** Add or edit an upstream server: validated with the API's schemas, with "Test connection". */
export function ServerForm(props: ServerFormProps) {
  const isCreating = props.mode === "create";
  const server = props.mode === "edit" ? props.server : null;
  // The page mounts the form once the signed-in user is known (RequireCapability), so this is settled.
  const canRunCommands = useCan("servers:exec");
  const [values, setValues] = useState<ServerFormValues>(() =>
    server ? serverFormFrom(server) : emptyServerForm(canRunCommands ? "stdio" : "streamable_http"),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [errorRound, setErrorRound] = useState(0);
  const [isSlugTouched, setIsSlugTouched] = useState(false);
  const [isAdvancedOpen, setIsAdvancedOpen] = useState(false);
  const [connectionVersion, setConnectionVersion] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const createServer = useCreateServer();
  const updateServer = useUpdateServer();
  const toast = useToast();
  const router = useRouter();
  const isPending = createServer.isPending || updateServer.isPending;

  // After a failed submit, take keyboard and screen-reader users to the first field to fix.
  useEffect(() => {
    if (errorRound === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errorRound]);

  function change(patch: Partial<ServerFormValues>) {
    setErrors((current) => clearEditedErrors(current, patch, values));
    setValues((current) => ({ ...current, ...patch }));
    if (CONNECTION_KEYS.some((key) => key in patch)) setConnectionVersion((v) => v + 1);
  }

  function showErrors(next: FieldErrors) {
    setErrors(next);
    if (LIMIT_FIELDS.some((f) => next[f])) setIsAdvancedOpen(true);
    setErrorRound((n) => n + 1);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      if (server) {
        const result = toUpdateBody(values);
        if (!result.ok) return showErrors(result.errors);
        setErrors({});
        const { server: saved } = await updateServer.mutateAsync({ id: server.id, body: result.body });
        setValues(serverFormFrom(saved));
        toast.success(`Saved the settings of ${saved.name}.`);
      } else {
        const result = toCreateBody(values);
        if (!result.ok) return showErrors(result.errors);
        setErrors({});
        const { server: created } = await createServer.mutateAsync(result.body);
        toast.success(`Added ${created.name}. Gatehouse is connecting to it and listing its tools.`);
        router.push(`/servers/${created.id}`);
      }
    } catch (error) {
      const fields = error instanceof ApiError ? toFieldErrors(error, values) : {};
      if (Object.keys(fields).length > 0) showErrors(fields);
      else toastApiError(toast, error);
    }
  }

  const errorCount = Object.keys(errors).length;
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="space-y-5"
      aria-label={isCreating ? "Add server" : "Server settings"}
    >
      {errorCount > 0 ? (
        <InlineAlert>
          {errorCount === 1 ? "One field needs attention" : `${errorCount} fields need attention`}: see the
          messages below.
          {errors.form ? <span className="mt-0.5 block">{errors.form}</span> : null}
        </InlineAlert>
      ) : null}
      <fieldset disabled={isPending} className="space-y-5">
        <ServerFormSection
          title="Server"
          description={isCreating ? "How the console and agents name it." : undefined}
        >
          <ServerIdentityFields
            values={values}
            onChange={change}
            errors={errors}
            isSlugEditable={isCreating}
            isSlugTouched={isSlugTouched}
            onSlugTouchedChange={setIsSlugTouched}
          />
        </ServerFormSection>
        <ServerFormSection
          title="Connection"
          description="How Gatehouse reaches the server. Secrets in env and headers are encrypted at rest."
        >
          <ServerConnectionFields
            values={values}
            onChange={change}
            errors={errors}
            isTransportEditable={isCreating}
            savedSecretKeys={
              server ? (server.transport === "stdio" ? server.envKeys : server.headerKeys) : undefined
            }
            canRunCommands={canRunCommands}
          />
          {values.transport === "stdio" && !canRunCommands ? null : (
            <ConnectionTest key={connectionVersion} values={values} server={server} onInvalid={showErrors} />
          )}
        </ServerFormSection>
        <details
          open={isAdvancedOpen}
          onToggle={(e) => setIsAdvancedOpen(e.currentTarget.open)}
          className="group rounded-xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
        >
          <summary className="cursor-pointer rounded-xl px-5 py-4 text-sm font-semibold text-zinc-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:text-zinc-50">
            Advanced: timeout, concurrency, circuit breaker, auto-approval
          </summary>
          <div className="space-y-4 border-t border-zinc-200 px-5 py-4 dark:border-zinc-800">
            <ServerLimitsFields values={values} onChange={change} errors={errors} isCreating={isCreating} />
          </div>
        </details>
      </fieldset>
      <div className="flex flex-wrap justify-end gap-2">
        {isCreating ? (
          <Button variant="secondary" asChild>
            <Link href="/servers">Cancel</Link>
          </Button>
        ) : null}
        <Button type="submit" disabled={isPending}>
          {isPending ? (isCreating ? "Adding…" : "Saving…") : isCreating ? "Add server" : "Save settings"}
        </Button>
      </div>
    </form>
  );
}
