import { ExportProgressBar } from "@/components/audit/export/export-progress-bar";
import type { PrivacyRequestView } from "@/lib/privacy/requests/request-types";

/** "Step 2 of 5: shred key" with a bar, while a request executes (the page polls every 2 s). */
export function ExecutionProgress({ progress }: { progress: PrivacyRequestView["progress"] }) {
  const value = progress && progress.stepCount > 0 ? progress.stepIndex / progress.stepCount : null;
  return (
    <div className="space-y-2" data-testid="execution-progress">
      <p className="text-sm text-zinc-700 dark:text-zinc-300" aria-live="polite">
        {progress
          ? `Step ${Math.min(progress.stepIndex + 1, progress.stepCount)} of ${progress.stepCount}: ${progress.step.replaceAll("_", " ")}`
          : "Running…"}
      </p>
      <ExportProgressBar value={value} label="Execution progress" />
    </div>
  );
}
