"use client";

import { useState, type FormEvent } from "react";
import { ExplainResult } from "@/components/access/explain-result";
import { PrincipalPicker, type PickedPrincipal } from "@/components/access/principal-picker";
import { useToolPathOptions } from "@/lib/client/access/use-tool-path-options";
import { Button } from "@/components/ui/button";
import { Combobox } from "@/components/ui/combobox";
import { FormField, describedBy } from "@/components/ui/form-field";
import { Panel } from "@/components/ui/panel";
import { Select } from "@/components/ui/select";
import { SegmentedChoice } from "@/components/ui/segmented-choice";
import { ApiError } from "@/lib/client/api-error";
import { CAPABILITY_AREAS } from "@/lib/rbac/capabilities";
import {
  useAccessExplain,
  type ExplainAction,
  type PrincipalType,
} from "@/lib/client/access/use-access-explain";

type ActionKind = "tool" | "capability";
type Errors = { principal?: string; tool?: string; form?: string };

const TOOL_REGEX = /^[^/]+\/.+$/;
const TOOL_HINT = "A tool as <server>/<tool>, e.g. everything/echo.";

export type ExplainFormProps = {
  canReadUsers: boolean;
  canReadKeys: boolean;
  /** A user or key to start with (from a link such as /explain?user=…). */
  initialPrincipal: PickedPrincipal | null;
};

/** Who (a user or key) and what (a tool or capability), and the answer once asked. */
export function ExplainForm({ canReadUsers, canReadKeys, initialPrincipal }: ExplainFormProps) {
  const [principalType, setPrincipalType] = useState<PrincipalType>(
    initialPrincipal?.type ?? (canReadUsers ? "user" : "api_key"),
  );
  const [principal, setPrincipal] = useState<PickedPrincipal | null>(initialPrincipal);
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
    if (!principal)
      next.principal =
        principalType === "user" ? "Choose a user from the list." : "Choose an API key from the list.";
    if (kind === "tool" && !TOOL_REGEX.test(tool.trim()))
      next.tool = "Enter a tool as <server>/<tool>, e.g. everything/echo.";
    setErrors(next);
    if (!principal || Object.keys(next).length > 0) return;
    const action: ExplainAction = kind === "tool" ? { tool: tool.trim() } : { capability };
    try {
      await explain.mutateAsync({ principal: { type: principal.type, id: principal.id }, action });
      setAsked(action);
    } catch (error) {
      const apiError = error instanceof ApiError ? error : null;
      setErrors({
        tool: apiError?.fieldError("action.tool"),
        form: apiError ? apiError.message : "Something went wrong. Try again.",
      });
    }
  }

  const principalError = errors.principal;
  return (
    <>
      <Panel className="mb-6">
        <form
          onSubmit={onSubmit}
          noValidate
          className="grid gap-x-8 gap-y-5 p-5 lg:grid-cols-2"
          aria-label="Explain access"
        >
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
            <FormField
              id="explain-principal"
              label={principalType === "user" ? "Which user" : "Which API key"}
              error={principalError}
            >
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
