"use client";

import { LoaderCircle, ShieldCheck } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast-context";
import { toastApiError } from "@/lib/client/toast-api-error";
import { useVerifyChain } from "@/lib/client/audit/use-verify-chain";

/** Recomputes the whole chain on the server; the result replaces the last verification below. */
export function VerifyNowButton() {
  const verify = useVerifyChain();
  const toast = useToast();

  return (
    <Button
      onClick={() => verify.mutate(undefined, { onError: (error) => toastApiError(toast, error) })}
      disabled={verify.isPending}
    >
      {verify.isPending ? (
        <LoaderCircle className="animate-spin" aria-hidden="true" />
      ) : (
        <ShieldCheck aria-hidden="true" />
      )}
      {verify.isPending ? "Verifying…" : "Verify now"}
    </Button>
  );
}
