import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { getAuthOptions } from "@/lib/auth/auth-options";
import { refuseInvalidCallbackUrl } from "@/lib/auth/refuse-invalid-callback-url";

// /api/auth/* – next-auth's sign-in, callback, session and sign-out endpoints. These are the
// public way in, so they are not behind withAuth; credentials are checked and throttled in
// lib/auth/sign-in-with-password.ts and every attempt is audited there.
type NextAuthContext = { params: Promise<{ nextauth: string[] }> };

let handler: ReturnType<typeof NextAuth> | undefined;
function getHandler() {
  // Built on first request, not at import, so `next build` needs no master key.
  return (handler ??= NextAuth(getAuthOptions()));
}

export async function GET(req: NextRequest, context: NextAuthContext) {
  return refuseInvalidCallbackUrl(req) ?? getHandler()(req, context);
}

export async function POST(req: NextRequest, context: NextAuthContext) {
  return refuseInvalidCallbackUrl(req) ?? getHandler()(req, context);
}
