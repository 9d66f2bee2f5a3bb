/**
 * The message for a next-auth sign-in error code. Deliberately vague: it never says whether the
 * account exists or is disabled.
 */
export function signInErrorMessage(code: string): string {
  switch (code) {
    case "locked_out":
      return "Too many failed attempts. Try again later.";
    case "invalid_credentials":
    case "disabled":
    case "CredentialsSignin":
      return "Email or password is incorrect.";
    default:
      return "Sign-in did not complete. Try again, or ask an administrator for help.";
  }
}
