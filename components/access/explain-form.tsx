"use client";

import { Scale } from "lucide-react";
import { useState, type FormEvent } from "react";
import { ExplainResult } from "@/components/access/explain-result";
import { PrincipalPicker, type PickedPrincipal } from "@/components/access/principal-picker";
import { useToolPathOptions } from "@/components/access/use-tool-path-options";
import { Button } from "@/components/ui/button";
import { Combobox } from "@/components/ui/combobox";
import { EmptyState } from "@/components/ui/empty-state";
import { FormField, describedBy } from "@/components/ui/form-field";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { Select } from "@/components/ui/select";
import { SegmentedChoice } from "@/components/ui/segmented-choice";
import { ApiError } from "@/lib/ui/api-error";
import { CAPABILITY_AREAS } from "@/lib/rbac/capabilities";
import { useAccessExplain, type ExplainAction, type PrincipalType } from "@/lib/ui/use-access-explain";
import { useCan } from "@/lib/ui/use-me";

type ActionKind = "tool" | "capability";
type Errors = { principal?: string; tool?: string; form?: string };

const TOOL_REGEX = /^[^/]+\/.+$/;
const TOOL_HINT = "A tool as <server>/<tool>, e.g. everything/echo.";

/** "Would this user or key be allowed this?" answered by the gateway's own decide(). */
export function ExplainView() {
  const canReadUsers = useCan("users:read");
  const canReadKeys = useCan("keys:read");
  const [principalType, setPrincipalType] = useState<PrincipalType>(canReadUsers ? "user" : "api_key");
  const [principal, setPrincipal] = useState<PickedPrincipal | null>(null);
  const [kind, setKind] = useState<ActionKind>("tool");
  const [tool, setTool] = useState("");
  const [capability, setCapability] = useState<string>(Object.values(CAPABILITY_AREAS)[0]?.[0] ?? "");
  const [errors, setErrors] = useState<Errors>({});
  const [asked, setAsked] = useState<ExplainAction | null>(null);
  const explain = useAccessExplain();
  const toolOptions = useToolPathOptions(tool, { includeServerPatterns: false });

  // Any change to the question makes the shown answer stale.
  function edited() {
    explain.reset();
    setAsked(null);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: Errors = {};
    if (!principal) next.principal = principalType === "user" ? "Choose a user from the list." : "Choose an API key from the list.";
    if (kind === "tool" && !TOOL_REGEX.test(tool.trim())) next.tool = "Enter a tool as <server>/<tool>, e.g. everything/echo.";
    setErrors(next);
    if (!principal || Object.keys(next).length > 0) return;
    const action: ExplainAction = kind === "tool" ? { tool: tool.trim() } : { capability };
    try {
      await explain.mutateAsync({ principal: { type: principal.type, id: principal.id }, action });
      setAsked(action);
    } catch (error) {
      const apiError = error instanceof ApiError ? error : null;
      setErrors({ tool: apiError?.fieldError("action.tool"), form: apiError ? apiError.message : "Something went wrong. Try again." });
    }
  }

  if (!canReadUsers && !canReadKeys) {
    return (
      <>
        <PageHeader title="Explain access" />
        <Panel>
          <EmptyState icon={Scale} title="Nobody to explain">
            Explaining access needs a user or API key to ask about, and your roles include listing neither (users:read or keys:read).
          </EmptyState>
        </Panel>
      </>
    );
  }

  const principalError = errors.principal;
  return (
    <>
      <PageHeader
        title="Explain access"
        description="Would this user or API key be allowed a capability or a tool? The answer comes from the same decision the gateway makes, with the rule that decided."
      />
      <Panel className="mb-6">
        <form onSubmit={onSubmit} noValidate className="grid gap-x-8 gap-y-5 p-5 lg:grid-cols-2" aria-label="Explain access">
          <fieldset className="space-y-3">
            <legend className="mb-2 text-sm font-semibold text-zinc-900 dark:text-zinc-50">Who</legend>
            {canReadUsers && canReadKeys ? (
              <SegmentedChoice
                label="Kind of principal"
                value={principalType}
                onChange={(value) => {
                  setPrincipalType(value);
                  setPrincipal(null);
                  edited();
                }}
                options={[
                  { value: "user", label: "User" },
                  { value: "api_key", label: "API key" },
                ]}
              />
            ) : null}
            <FormField id="explain-principal" label={principalType === "user" ? "Which user" : "Which API key"} error={principalError}>
              <PrincipalPicker
                id="explain-principal"
                type={principalType}
                value={principal}
                onChange={(p) => {
                  setPrincipal(p);
                  edited();
                }}
                error={principalError}
                describedBy={describedBy("explain-principal", { error: principalError })}
              />
            </FormField>
          </fieldset>

          <fieldset className="space-y-3">
            <legend className="mb-2 text-sm font-semibold text-zinc-900 dark:text-zinc-50">What</legend>
            <SegmentedChoice
              label="Kind of action"
              value={kind}
              onChange={(value) => {
                setKind(value);
                edited();
              }}
              options={[
                { value: "tool", label: "Tool" },
                { value: "capability", label: "Capability" },
              ]}
            />
            {kind === "tool" ? (
              <FormField id="explain-tool" label="Which tool" hint={TOOL_HINT} error={errors.tool}>
                <Combobox
                  id="explain-tool"
                  value={tool}
                  onValueChange={(text) => {
                    setTool(text);
                    edited();
                  }}
                  options={toolOptions}
                  placeholder="server/tool"
                  className="font-mono"
                  hasError={!!errors.tool}
                  aria-describedby={describedBy("explain-tool", { error: errors.tool, hint: TOOL_HINT })}
                />
              </FormField>
            ) : (
              <FormField id="explain-capability" label="Which capability">
                <Select
                  id="explain-capability"
                  value={capability}
                  onChange={(e) => {
                    setCapability(e.currentTarget.value);
                    edited();
                  }}
                  className="font-mono"
                >
                  {Object.entries(CAPABILITY_AREAS).map(([area, capabilities]) => (
                    <optgroup key={area} label={area}>
                      {capabilities.map((c) => (
                        <option key={c} value={c}>
                          {c}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </Select>
              </FormField>
            )}
          </fieldset>

          <div className="flex flex-wrap items-center justify-end gap-3 border-t border-zinc-100 pt-4 lg:col-span-2 dark:border-zinc-800">
            {errors.form ? (
              <p role="alert" className="mr-auto text-sm text-red-700 dark:text-red-400">
                {errors.form}
              </p>
            ) : null}
            <Button type="submit" disabled={explain.isPending}>
              {explain.isPending ? "Checking…" : "Explain"}
            </Button>
          </div>
        </form>
      </Panel>
      {explain.data && asked ? (
        <ExplainResult explanation={explain.data} action={asked} />
      ) : (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">
          Choose who and what, then Explain. Nothing is changed: this only asks the decision function.
        </p>
      )}
    </>
  );
}
