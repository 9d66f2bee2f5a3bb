"use client";

import { FlaskConical } from "lucide-react";
import { useState, type FormEvent } from "react";
import { DetectionSection } from "@/components/privacy/detection/detection-section";
import { FindingsTable } from "@/components/privacy/detection/findings-table";
import { HighlightedSample } from "@/components/privacy/detection/highlighted-sample";
import { MaskingPreviews } from "@/components/privacy/detection/masking-previews";
import { Button } from "@/components/ui/button";
import { describedBy, FormField } from "@/components/ui/form-field";
import { InlineAlert } from "@/components/ui/inline-alert";
import { Panel } from "@/components/ui/panel";
import { Textarea } from "@/components/ui/textarea";
import type { DetectorView, DetectSampleResult } from "@/lib/privacy/policies/policy-view-type";
import { useDetectSample } from "@/lib/client/privacy/use-detect-sample";

const MAX_SAMPLE = 100_000;
const HINT = "Nothing is stored: the text is sent for this test only. Use made-up values where you can.";

/** Paste text, see what the detectors find and how each strategy and each enabled policy would mask it. */
export function DetectionTestPanel({ detectors }: { detectors: DetectorView[] | undefined }) {
  const [text, setText] = useState("");
  const detect = useDetectSample();
  // The result with the text it was found in: offsets refer to that text, not to later edits.
  const [result, setResult] = useState<{ text: string; data: DetectSampleResult } | null>(null);
  const error = text.length > MAX_SAMPLE ? `At most ${MAX_SAMPLE.toLocaleString()} characters` : undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (error || text.trim() === "") return;
    setResult(null);
    detect.mutate(text, { onSuccess: (data) => setResult({ text, data }) });
  }

  return (
    <DetectionSection
      id="detection-test"
      title="Test"
      description="How the gateway would treat a tool result containing this text."
    >
      <Panel className="p-5">
        <form onSubmit={onSubmit} noValidate className="space-y-3">
          <FormField id="detection-sample" label="Sample text" hint={HINT} error={error}>
            <Textarea
              id="detection-sample"
              rows={5}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              placeholder="Contact jane@example.com or +44 20 7946 0958 about card 4111 1111 1111 1111."
              spellCheck={false}
              className="font-mono"
              hasError={!!error}
              aria-describedby={describedBy("detection-sample", { error, hint: HINT })}
            />
          </FormField>
          <Button type="submit" disabled={detect.isPending || text.trim() === "" || !!error}>
            <FlaskConical aria-hidden="true" />
            {detect.isPending ? "Detecting…" : "Detect"}
          </Button>
        </form>

        <div aria-live="polite" className="mt-5 space-y-5 empty:mt-0">
          {detect.isError ? (
            <InlineAlert>
              <p className="font-medium">Could not run the test.</p>
              <p className="mt-0.5">{detect.error.message}</p>
            </InlineAlert>
          ) : null}
          {result ? (
            <>
              <p className="text-sm font-medium text-zinc-900 dark:text-zinc-100">
                {result.data.findings.length === 0
                  ? "Nothing personal found."
                  : `${result.data.findings.length} ${result.data.findings.length === 1 ? "value" : "values"} found.`}
              </p>
              <HighlightedSample text={result.text} findings={result.data.findings} />
              {result.data.findings.length > 0 ? (
                <FindingsTable findings={result.data.findings} detectors={detectors} />
              ) : null}
              <MaskingPreviews result={result.data} />
            </>
          ) : null}
        </div>
      </Panel>
    </DetectionSection>
  );
}
