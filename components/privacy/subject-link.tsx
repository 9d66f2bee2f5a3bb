import { Link } from "@/components/ui/link";
import { focusRing } from "@/components/ui/button";
import { cn } from "@/lib/client/cn";

/** A person's pseudonym, linking to their Data subjects page. */
export function SubjectLink({ id }: { id: string }) {
  return (
    <Link
      href={`/privacy/subjects/${encodeURIComponent(id)}`}
      className={cn(
        "rounded font-mono text-sm text-indigo-700 [overflow-wrap:anywhere] hover:underline dark:text-indigo-300",
        focusRing,
      )}
    >
      {id}
    </Link>
  );
}
