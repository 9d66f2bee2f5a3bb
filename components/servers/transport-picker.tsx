"use client";

import { TRANSPORTS, type Transport } from "@/lib/servers/schemas";
import { cn } from "@/lib/client/cn";

const OPTIONS: Record<Transport, { label: string; hint: string }> = {
  stdio: { label: "stdio", hint: "Gatehouse runs a local command and talks to it over stdin/stdout." },
  streamable_http: {
    label: "Streamable HTTP",
    hint: "A server at a URL, using the current MCP HTTP transport.",
  },
  sse: { label: "SSE (legacy)", hint: "Older servers using HTTP with server-sent events." },
};

export type TransportPickerProps = {
  value: Transport;
  onChange: (value: Transport) => void;
  disabled?: boolean;
  /** Transports this person may not pick, each with the reason shown under the cards. */
  unavailable?: Partial<Record<Transport, string>>;
};

/** Radio cards for the transport; arrow keys move between them (native radio group). */
export function TransportPicker({
  value,
  onChange,
  disabled = false,
  unavailable = {},
}: TransportPickerProps) {
  const reasons = Object.entries(unavailable);
  return (
    <fieldset disabled={disabled}>
      <legend className="mb-1.5 text-sm font-medium text-zinc-800 dark:text-zinc-200">Transport</legend>
      <div className="grid gap-2 sm:grid-cols-3">
        {TRANSPORTS.map((transport) => {
          const isSelected = transport === value;
          const isUnavailable = transport in unavailable;
          return (
            <label
              key={transport}
              className={cn(
                "flex gap-2.5 rounded-lg border p-3 text-sm transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-indigo-600",
                isUnavailable ? "cursor-not-allowed opacity-60" : "cursor-pointer",
                isSelected
                  ? "border-indigo-500 bg-indigo-50/60 dark:border-indigo-400 dark:bg-indigo-500/10"
                  : isUnavailable
                    ? "border-zinc-200 dark:border-zinc-700"
                    : "border-zinc-200 hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-800/60",
              )}
            >
              <input
                type="radio"
                name="transport"
                value={transport}
                checked={isSelected}
                disabled={isUnavailable}
                aria-describedby={isUnavailable ? `transport-unavailable-${transport}` : undefined}
                onChange={() => onChange(transport)}
                className="mt-0.5 size-4 shrink-0 accent-indigo-600 focus:outline-none"
              />
              <span>
                <span className="block font-medium text-zinc-900 dark:text-zinc-100">
                  {OPTIONS[transport].label}
                </span>
                <span className="mt-0.5 block text-xs text-zinc-600 dark:text-zinc-400">
                  {OPTIONS[transport].hint}
                </span>
              </span>
            </label>
          );
        })}
      </div>
      {reasons.map(([transport, reason]) => (
        <p
          key={transport}
          id={`transport-unavailable-${transport}`}
          className="mt-1.5 text-xs text-zinc-600 dark:text-zinc-400"
        >
          {reason}
        </p>
      ))}
    </fieldset>
  );
}
