import { withAuth } from "@/lib/api/with-auth";
import { signingKeyFingerprint, signingPublicKeyPem } from "@/lib/crypto/signing-key";

// GET /api/v1/audit/signing-key – the public key export manifests are signed with, to check them offline
export const GET = withAuth({ capability: "audit:read" }, async () => ({
  algorithm: "Ed25519",
  publicKeyPem: signingPublicKeyPem(),
  fingerprint: signingKeyFingerprint(),
}));
