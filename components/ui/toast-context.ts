"use client";

import { createContext, useContext } from "react";

export type ToastTone = "success" | "error";

export type ToastApi = {
  success: (message: string) => void;
  /** An error toast; pass the correlation id so a person can quote it to an operator. */
  error: (message: string, correlationId?: string | null) => void;
};

export const ToastContext = createContext<ToastApi | null>(null);

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error("useToast() must be used inside <Toaster>");
  return api;
}
