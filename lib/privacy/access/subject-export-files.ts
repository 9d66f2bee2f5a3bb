import "server-only";
import path from "node:path";
import { env } from "@/lib/env";

/** Where export files live: DATA_DIR/subject-exports. */
export function subjectExportDir(): string {
  return path.join(env.dataDir, "subject-exports");
}

/** DATA_DIR/subject-exports/<exportId>.gcm */
export function subjectExportPath(exportId: string): string {
  return path.join(subjectExportDir(), `${exportId}.gcm`);
}
