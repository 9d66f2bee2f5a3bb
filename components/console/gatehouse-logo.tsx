import { Castle } from "lucide-react";

export function GatehouseLogo() {
  return (
    <span className="inline-flex items-center gap-2 text-base font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
      <span className="grid size-7 place-items-center rounded-md bg-indigo-600 text-white dark:bg-indigo-500">
        <Castle className="size-4" aria-hidden="true" />
      </span>
      Gatehouse
    </span>
  );
}
