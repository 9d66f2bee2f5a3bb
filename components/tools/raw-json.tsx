import { CopyButton } from "@/components/ui/copy-button";

/** Collapsible, copyable JSON, rendered as text. */
export function RawJson({ value, summary = "Raw JSON" }: { value: unknown; summary?: string }) {
  const text = JSON.stringify(value, null, 2);
  return (
    <details className="group">
      <summary className="cursor-pointer rounded text-sm font-medium text-zinc-700 hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:text-zinc-300 dark:hover:text-zinc-100">
        {summary}
      </summary>
      <div className="mt-2 space-y-2">
        <pre className="max-h-[28rem] overflow-auto rounded-md border border-zinc-200 bg-zinc-50 p-3 font-mono text-xs text-zinc-800 dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-200">
          {text}
        </pre>
        <CopyButton value={text} label="Copy JSON" />
      </div>
    </details>
  );
}
