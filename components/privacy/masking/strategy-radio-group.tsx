"use client";

import { POLICY_STRATEGIES, type PolicyStrategy } from "@/lib/privacy/policies/schemas";
import { cn } from "@/lib/client/cn";
import { STRATEGY_INFO, strategyExample } from "@/lib/client/privacy/strategy-examples";

/** The strategies as radio cards, each with what it makes of an email address. */
export function StrategyRadioGroup({
  value,
  onChange,
  error,
  disabled,
}: {
  value: PolicyStrategy;
  onChange: (strategy: PolicyStrategy) => void;
  error?: string;
  disabled?: boolean;
}) {
  return (
    <fieldset aria-describedby={error ? "policy-strategy-error" : undefined} disabled={disabled}>
      <legend className="mb-1.5 text-sm font-medium text-zinc-800 dark:text-zinc-200">
        Strategy{" "}
        <span className="font-normal text-zinc-500 dark:text-zinc-400">(jane@example.com becomes…)</span>
      </legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {POLICY_STRATEGIES.map((strategy) => {
          const info = STRATEGY_INFO[strategy];
          const isChecked = strategy === value;
          return (
            <label
              key={strategy}
              className={cn(
                "flex cursor-pointer items-start gap-2.5 rounded-md border p-2.5",
                "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-indigo-600 dark:has-[:focus-visible]:outline-indigo-400",
                isChecked
                  ? "border-indigo-500 bg-indigo-50/60 dark:border-indigo-400 dark:bg-indigo-500/10"
                  : "border-zinc-200 hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-800/60",
              )}
            >
              <input
                type="radio"
                name="policy-strategy"
                value={strategy}
                checked={isChecked}
                onChange={() => onChange(strategy)}
                className="mt-0.5 size-4 shrink-0 accent-indigo-600"
              />
              <span className="min-w-0 text-sm">
                <span className="flex flex-wrap items-baseline gap-x-2">
                  <span className="font-medium text-zinc-900 dark:text-zinc-100">{info.label}</span>
                  <code className="font-mono text-xs text-zinc-600 dark:text-zinc-300">
                    {strategyExample(strategy)}
                  </code>
                </span>
                <span className="block text-xs text-zinc-500 dark:text-zinc-400">{info.description}</span>
              </span>
            </label>
          );
        })}
      </div>
      {error ? (
        <p id="policy-strategy-error" className="mt-1.5 text-xs font-medium text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
