// GET /api/v1/me as the console reads it: the console is signed in as a user, never a key. The
// other views are typed beside the server code that builds them (lib/<domain>/<noun>-view-type.ts).
import type { PrincipalView } from "@/lib/auth/describe-principal";

export type Me = PrincipalView & { type: "user"; email: string };
