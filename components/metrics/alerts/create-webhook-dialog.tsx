"use client";

import { Plus } from "lucide-react";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { DialogFormFooter } from "@/components/ui/dialog-form-footer";
import { FormField } from "@/components/ui/form-field";
import { SecretValue } from "@/components/ui/secret-value";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast-context";
import { formFieldErrors } from "@/lib/client/form-field-errors";
import { toastApiError } from "@/lib/client/toast-api-error";
import { useCreateWebhook } from "@/components/metrics/alerts/use-alerts-api";

const FIELDS = ["name", "url", "minSeverity"] as const;

/** A webhook; its signing secret is shown once, right after creation. */
export function CreateWebhookDialog() {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [url, setUrl] = useState("");
  const [minSeverity, setMinSeverity] = useState("warning");
  const [secret, setSecret] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});
  const create = useCreateWebhook();
  const toast = useToast();

  function close(next: boolean) {
    if (create.isPending) return;
    setOpen(next);
    if (!next) {
      setSecret(null);
      setName("");
      setUrl("");
      setErrors({});
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      const created = await create.mutateAsync({ name, url, minSeverity });
      setSecret(created.secret);
    } catch (error) {
      const { errors: fields, hasAny } = formFieldErrors(error, FIELDS);
      setErrors(fields);
      if (!hasAny) toastApiError(toast, error);
    }
  }

  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogTrigger asChild>
        <Button variant="secondary">
          <Plus aria-hidden="true" />
          New webhook
        </Button>
      </DialogTrigger>
      <DialogContent
        title={secret ? "Webhook created" : "New webhook"}
        description="Receives a Slack-compatible JSON POST when an alert fires or resolves, signed with X-Gatehouse-Signature."
      >
        {secret ? (
          <div className="space-y-4">
            <SecretValue
              label="Signing secret"
              value={secret}
              warning="Copy it now: Gatehouse shows it only once. Verify sha256=HMAC(secret, timestamp + '.' + body)."
            />
            <div className="flex justify-end">
              <Button onClick={() => close(false)}>Done</Button>
            </div>
          </div>
        ) : (
          <form onSubmit={onSubmit} noValidate className="space-y-4">
            <TextField
              id="new-hook-name"
              label="Name"
              value={name}
              error={errors.name}
              onChange={(e) => setName(e.currentTarget.value)}
              disabled={create.isPending}
            />
            <TextField
              id="new-hook-url"
              label="URL"
              type="url"
              placeholder="https://hooks.slack.com/services/…"
              value={url}
              error={errors.url}
              onChange={(e) => setUrl(e.currentTarget.value)}
              disabled={create.isPending}
            />
            <FormField id="new-hook-severity" label="Lowest severity" error={errors.minSeverity}>
              <Select
                id="new-hook-severity"
                value={minSeverity}
                onChange={(e) => setMinSeverity(e.currentTarget.value)}
                disabled={create.isPending}
              >
                <option value="warning">warning and critical</option>
                <option value="critical">critical only</option>
              </Select>
            </FormField>
            <DialogFormFooter
              submitLabel="Create webhook"
              pendingLabel="Creating…"
              isPending={create.isPending}
            />
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
