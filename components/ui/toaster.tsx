"use client";

import { CheckCircle2, CircleAlert, X } from "lucide-react";
import { useCallback, useMemo, useRef, useState, type ReactNode } from "react";
import { ToastContext, type ToastApi, type ToastTone } from "@/components/ui/toast-context";
import { focusRing } from "@/components/ui/button";
import { cn } from "@/lib/client/cn";

type Toast = { id: number; tone: ToastTone; message: string; correlationId?: string | null };

const DISMISS_AFTER_MS = { success: 4000, error: 8000 } as const;

/** Provides useToast() and renders the toasts in a polite live region at the bottom right. */
export function Toaster({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const push = useCallback(
    (tone: ToastTone, message: string, correlationId?: string | null) => {
      const id = nextId.current++;
      setToasts((all) => [...all.slice(-3), { id, tone, message, correlationId }]);
      setTimeout(() => dismiss(id), DISMISS_AFTER_MS[tone]);
    },
    [dismiss],
  );
  const api = useMemo<ToastApi>(
    () => ({ success: (m) => push("success", m), error: (m, c) => push("error", m, c) }),
    [push],
  );

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div
        aria-live="polite"
        className="pointer-events-none fixed right-4 bottom-4 z-[60] flex w-full max-w-sm flex-col gap-2"
      >
        {toasts.map((t) => (
          <div
            key={t.id}
            role={t.tone === "error" ? "alert" : "status"}
            className={cn(
              "pointer-events-auto flex items-start gap-3 rounded-lg border bg-white p-3 text-sm shadow-lg dark:bg-zinc-900",
              t.tone === "error"
                ? "border-red-200 dark:border-red-900"
                : "border-emerald-200 dark:border-emerald-900",
            )}
          >
            {t.tone === "error" ? (
              <CircleAlert
                className="mt-0.5 size-4 shrink-0 text-red-600 dark:text-red-400"
                aria-hidden="true"
              />
            ) : (
              <CheckCircle2
                className="mt-0.5 size-4 shrink-0 text-emerald-600 dark:text-emerald-400"
                aria-hidden="true"
              />
            )}
            <div className="min-w-0 flex-1">
              <p className="break-words text-zinc-900 dark:text-zinc-100">{t.message}</p>
              {t.correlationId ? (
                <p className="mt-0.5 font-mono text-xs text-zinc-500 dark:text-zinc-400">
                  Reference: {t.correlationId}
                </p>
              ) : null}
            </div>
            <button
              type="button"
              onClick={() => dismiss(t.id)}
              aria-label="Dismiss notification"
              className={cn(
                "rounded p-0.5 text-zinc-500 hover:text-zinc-900 dark:hover:text-zinc-100",
                focusRing,
              )}
            >
              <X className="size-4" aria-hidden="true" />
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
