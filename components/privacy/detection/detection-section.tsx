import type { ReactNode } from "react";

/** A titled block on the Detection and Masking pages. */
export function DetectionSection({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-base font-semibold text-zinc-900 dark:text-zinc-50">
        {title}
      </h2>
      {description ? (
        <p className="mt-1 mb-3 text-sm text-zinc-600 dark:text-zinc-400">{description}</p>
      ) : null}
      <div className={description ? undefined : "mt-3"}>{children}</div>
    </section>
  );
}
