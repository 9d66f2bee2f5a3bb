import type { DetectSampleResult } from "@/lib/privacy/policies/policy-view-type";
import { segmentFindings } from "@/lib/client/privacy/finding-segments";

export const sampleBlock =
  "max-h-80 overflow-auto rounded-md border border-zinc-200 bg-zinc-50 p-3 font-mono text-xs leading-6 whitespace-pre-wrap text-zinc-800 [overflow-wrap:anywhere] dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-200";

/** The sample with each finding marked and labelled with its kind (read out to screen readers too). */
export function HighlightedSample({
  text,
  findings,
}: {
  text: string;
  findings: DetectSampleResult["findings"];
}) {
  return (
    <figure>
      <figcaption className="mb-1.5 text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
        Findings in the text
      </figcaption>
      <pre className={sampleBlock}>
        {segmentFindings(text, findings).map((segment) =>
          segment.kind === "text" ? (
            <span key={segment.start}>{segment.text}</span>
          ) : (
            <mark
              key={segment.start}
              title={segment.finding.kind}
              className="rounded bg-amber-100 whitespace-nowrap px-0.5 text-amber-950 ring-1 ring-amber-300 dark:bg-amber-500/20 dark:text-amber-100 dark:ring-amber-500/40"
            >
              {segment.text}
              <span
                aria-hidden="true"
                className="ml-1 rounded bg-amber-200 px-1 align-[1px] font-sans text-[10px] font-semibold text-amber-900 uppercase dark:bg-amber-500/30 dark:text-amber-100"
              >
                {segment.finding.kind}
              </span>
              <span className="sr-only"> (found: {segment.finding.kind})</span>
            </mark>
          ),
        )}
      </pre>
    </figure>
  );
}
