import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { recordEvent } from "@/lib/audit/record-event";
import { requestMetaFrom } from "@/lib/api/request-meta";
import { SESSION_COOKIE_NAME, getSessionSecret, useSecureCookies } from "@/lib/auth/session-cookie";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { signInWithOidc } from "@/lib/auth/sign-in-with-oidc";
import { startUserSession } from "@/lib/auth/start-user-session";
import { endUserSession } from "@/lib/auth/end-user-session";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
    /** The UserSession record's id: sign-out ends it server-side (lib/auth/end-user-session.ts). */
    sid?: string;
  }
}

export const OIDC_PROVIDER_ID = "oidc";

function oidcProvider(): AuthOptions["providers"] {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return [];
  return [
    {
      id: OIDC_PROVIDER_ID,
      name: env.OIDC_NAME,
      type: "oauth",
      wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      authorization: { params: { scope: "openid email profile" } },
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      idToken: true,
      checks: ["pkce", "state"],
      profile: (profile: Record<string, unknown>) => ({
        id: String(profile.sub),
        email: String(profile.email ?? ""),
        name: String(profile.name ?? ""),
      }),
    },
  ];
}

/** next-auth configuration: credentials (argon2id, throttled) and an optional OIDC provider. */
export function getAuthOptions(): AuthOptions {
  return {
    secret: getSessionSecret(),
    session: { strategy: "jwt", maxAge: env.SESSION_MAX_AGE_SECONDS },
    useSecureCookies,
    cookies: {
      sessionToken: {
        name: SESSION_COOKIE_NAME,
        options: { httpOnly: true, sameSite: "lax", path: "/", secure: useSecureCookies },
      },
    },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, req) {
          if (!credentials?.email || !credentials.password) return null;
          const outcome = await signInWithPassword(
            credentials.email,
            credentials.password,
            requestMetaFrom(req.headers ?? {}),
          );
          if (!outcome.ok) throw new Error(outcome.reason);
          return {
            id: outcome.user.id,
            email: outcome.user.email,
            name: outcome.user.name,
            sessionVersion: outcome.user.sessionVersion,
          };
        },
      }),
      ...oidcProvider(),
    ],
    callbacks: {
      // Same origin only; a malformed callbackUrl (query or cookie) must not become a 500.
      redirect: safeCallbackUrl,
      async signIn({ account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        return (await signInWithOidc((profile ?? {}) as Record<string, unknown>)) !== null;
      },
      async jwt({ token, user, account }) {
        if (account?.provider === OIDC_PROVIDER_ID) {
          // signIn() above already created or updated this user from the OIDC claims.
          const signedIn = await db.user.findUnique({ where: { oidcSubject: account.providerAccountId } });
          if (signedIn)
            Object.assign(token, {
              uid: signedIn.id,
              sv: signedIn.sessionVersion,
              email: signedIn.email,
              sid: await startUserSession(signedIn.id),
            });
        } else if (user && "sessionVersion" in user) {
          token.uid = user.id;
          token.sv = Number(user.sessionVersion);
          token.sid = await startUserSession(user.id);
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, user: { ...session.user, id: token.uid } };
      },
    },
    events: {
      async signOut({ token }) {
        if (!token?.uid) return;
        if (token.sid) await endUserSession(token.sid);
        await recordEvent({
          category: "auth",
          action: "sign_out",
          result: "success",
          actor: { type: "user", id: token.uid, label: token.email ?? token.uid },
        });
      },
    },
  };
}
