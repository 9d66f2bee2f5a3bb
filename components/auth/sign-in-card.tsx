import { Panel } from "@/components/ui/panel";
import { SignInForm } from "@/components/auth/sign-in-form";
import { OidcSignInButton } from "@/components/auth/oidc-sign-in-button";

export type SignInCardProps = { callbackUrl?: string; initialError?: string };

export function SignInCard({ callbackUrl, initialError }: SignInCardProps) {
  return (
    <Panel className="p-6 sm:p-8">
      <h1 className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">Sign in to the console</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600 dark:text-zinc-400">
        Use the email and password your administrator gave you.
      </p>
      <SignInForm callbackUrl={callbackUrl} initialError={initialError} />
      <OidcSignInButton callbackUrl={callbackUrl} />
    </Panel>
  );
}
