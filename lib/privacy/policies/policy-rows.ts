import "server-only";
import type { Db } from "@/lib/db";

// Row types of the privacy policy models, derived from the client so that lib/db.ts stays the
// only importer of the generated code.
export type CustomDetectorRow = Awaited<ReturnType<Db["customDetector"]["findUniqueOrThrow"]>>;
export type MaskingPolicyRow = Awaited<ReturnType<Db["maskingPolicy"]["findUniqueOrThrow"]>>;
