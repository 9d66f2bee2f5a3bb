import type { ReactNode } from "react";
import { Link } from "@/components/ui/link";
import { sampleBlock } from "@/components/privacy/detection/highlighted-sample";
import { Badge } from "@/components/ui/badge";
import { focusRing } from "@/components/ui/button";
import type { DetectSampleResult } from "@/lib/privacy/policies/policy-view-type";
import { cn } from "@/lib/client/cn";
import { STRATEGY_INFO } from "@/lib/client/privacy/strategy-examples";

function Preview({ title, badge, text }: { title: string; badge?: string; text: string }) {
  return (
    <li>
      <p className="mb-1 flex flex-wrap items-center gap-2 text-sm font-medium text-zinc-900 dark:text-zinc-100">
        {title}
        {badge ? <Badge>{badge}</Badge> : null}
      </p>
      <pre className={sampleBlock}>{text}</pre>
    </li>
  );
}

function Column({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="min-w-0">
      <h3
        id={id}
        className="mb-2 text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400"
      >
        {title}
      </h3>
      {children}
    </section>
  );
}

/** The sample under every strategy, beside the sample as each enabled policy would return it. */
export function MaskingPreviews({ result }: { result: DetectSampleResult }) {
  return (
    <div className="grid gap-5 lg:grid-cols-2">
      <Column id="previews-strategies" title="Each strategy">
        <ul className="space-y-3">
          {result.strategies.map((s) => (
            <Preview key={s.strategy} title={STRATEGY_INFO[s.strategy]?.label ?? s.strategy} text={s.text} />
          ))}
        </ul>
      </Column>
      <Column id="previews-policies" title="Each enabled policy">
        {result.previews.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            No policy is enabled, so tool results reach callers unmasked.{" "}
            <Link
              href="/privacy/masking"
              className={cn("rounded text-indigo-700 hover:underline dark:text-indigo-300", focusRing)}
            >
              Masking policies
            </Link>
          </p>
        ) : (
          <ul className="space-y-3">
            {result.previews.map((p) => (
              <Preview
                key={p.policyId}
                title={p.policyName}
                badge={STRATEGY_INFO[p.strategy]?.label ?? p.strategy}
                text={p.text}
              />
            ))}
          </ul>
        )}
      </Column>
    </div>
  );
}
