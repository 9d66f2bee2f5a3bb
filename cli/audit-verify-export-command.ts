import { readFile } from "node:fs/promises";
import { VerifyInputError, verifyExport, type ExportCheck } from "@/lib/audit/export/verify-export";
import type { Command } from "@/cli/commands";

// Offline: reads only the two files (and the key file); never the database. An outside auditor
// can run it on a copy of the export.

const MARKS: Record<ExportCheck["status"], string> = { pass: "✓", fail: "✗", info: "•" };

const USAGE = "Usage: npm run cli -- audit verify-export <file> <manifest> [--public-key <pem file>]";

export const auditVerifyExportCommand: Command = {
  summary:
    "Check an export file against its signed manifest, offline: <file> <manifest> [--public-key <pem file>]",
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
      const result = await verifyExport({ filePath, manifestPath, publicKeyPem });
      for (const check of result.checks)
        console.log(`${MARKS[check.status]} ${check.name}: ${check.message}`);
      console.log(
        result.isValid ? "The export matches its manifest." : "The export does NOT match its manifest.",
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
