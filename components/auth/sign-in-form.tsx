"use client";

import { LoaderCircle } from "lucide-react";
import { signIn } from "next-auth/react";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { InlineAlert } from "@/components/ui/inline-alert";
import { safeCallbackUrl } from "@/lib/client/safe-callback-url";
import { signInErrorMessage } from "@/lib/client/sign-in-error-message";
import { TextField } from "@/components/ui/text-field";

export type SignInFormProps = { callbackUrl?: string; initialError?: string };

export function SignInForm({ callbackUrl, initialError }: SignInFormProps) {
  const [error, setError] = useState<string | null>(initialError ? signInErrorMessage(initialError) : null);
  const [isPending, setIsPending] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  function fail(message: string) {
    setError(message);
    setIsPending(false);
    // Let the person retype the password straight away.
    requestAnimationFrame(() => {
      if (!passwordRef.current) return;
      passwordRef.current.value = "";
      passwordRef.current.focus();
    });
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    setIsPending(true);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (!result || result.error || !result.ok)
        return fail(signInErrorMessage(result?.error ?? "CredentialsSignin"));
      // A full navigation, so the proxy and the console start from the new session.
      window.location.assign(safeCallbackUrl(callbackUrl, window.location.origin));
    } catch {
      fail("Could not reach the server. Check your connection and try again.");
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      {error ? <InlineAlert>{error}</InlineAlert> : null}
      <TextField
        id="email"
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        autoFocus
        disabled={isPending}
      />
      <TextField
        id="password"
        label="Password"
        ref={passwordRef}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        disabled={isPending}
      />
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
        {isPending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
