import { Badge, type BadgeTone } from "@/components/ui/badge";
import {
  ANNOTATION_HINTS,
  ANNOTATION_LABELS,
  readTrueAnnotations,
} from "@/lib/client/tools/tool-annotations";
import type { ToolAnnotation } from "@/lib/client/tools/tool-filters";

const TONES: Record<ToolAnnotation, BadgeTone> = {
  readOnlyHint: "info",
  destructiveHint: "danger",
  idempotentHint: "neutral",
  openWorldHint: "warning",
};

/** The hints an upstream set to true; none when it set none. */
export function ToolAnnotationBadges({
  annotations,
  emptyText,
}: {
  annotations: unknown;
  emptyText?: string;
}) {
  const set = readTrueAnnotations(annotations);
  if (set.length === 0)
    return emptyText ? <span className="text-sm text-zinc-500 dark:text-zinc-400">{emptyText}</span> : null;
  return (
    <span className="flex flex-wrap gap-1">
      {set.map((key) => (
        <span key={key} title={ANNOTATION_HINTS[key]}>
          <Badge tone={TONES[key]}>{ANNOTATION_LABELS[key]}</Badge>
        </span>
      ))}
    </span>
  );
}
