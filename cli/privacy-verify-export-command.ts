import { readFile } from "node:fs/promises";
import {
  VerifyInputError,
  verifySubjectExport,
  type SubjectExportCheck,
} from "@/lib/privacy/access/verify-subject-export";
import type { Command } from "@/cli/commands";

// Offline: reads only the two files (and the key file); never the database. The person who got
// the export, or anyone they hand it to, can run it on their copy.

const MARKS: Record<SubjectExportCheck["status"], string> = { pass: "✓", fail: "✗", info: "•" };

const USAGE = "Usage: npm run cli -- privacy verify-export <file> <manifest> [--public-key <pem file>]";

export const privacyVerifyExportCommand: Command = {
  summary:
    "Check an access export (JSON, CSV zip or XML) against its signed manifest, offline: <file> <manifest> [--public-key <pem file>]",
  options: { "public-key": { type: "string" } },
  positionals: ["file", "manifest"],
  async run(values, positionals = []) {
    if (positionals.length !== 2) {
      console.error(USAGE);
      return 2;
    }
    const [filePath, manifestPath] = positionals;
    try {
      const keyFile = values["public-key"];
      const publicKeyPem = typeof keyFile === "string" ? await readKeyFile(keyFile) : undefined;
      const result = await verifySubjectExport(filePath, manifestPath, { publicKeyPem });
      for (const check of result.checks)
        console.log(`${MARKS[check.status]} ${check.name}: ${check.message}`);
      console.log(
        result.isValid
          ? "The access export matches its manifest."
          : "The access export does NOT match its manifest.",
      );
      return result.isValid ? 0 : 1;
    } catch (error) {
      if (!(error instanceof VerifyInputError)) throw error;
      console.error(error.message);
      return 2;
    }
  },
};

async function readKeyFile(keyFile: string): Promise<string> {
  try {
    return await readFile(keyFile, "utf8");
  } catch (error) {
    throw new VerifyInputError(`--public-key: cannot read ${keyFile}: ${(error as Error).message}`);
  }
}
