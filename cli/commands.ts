import type { ParseArgsConfig } from "node:util";
import { ZodError } from "zod";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/api/error-response";
import { auditSealCommand } from "@/cli/audit-seal-command";
import { auditVerifyCommand } from "@/cli/audit-verify-command";
import { auditVerifyExportCommand } from "@/cli/audit-verify-export-command";
import { bootstrapCommand } from "@/cli/bootstrap-command";
import { privacyVerifyExportCommand } from "@/cli/privacy-verify-export-command";
import { createApiKeyCommand } from "@/cli/create-api-key-command";
import { createUserCommand } from "@/cli/create-user-command";
import { privacyVerifyCertificateCommand } from "@/cli/privacy-verify-certificate-command";

export type CommandValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export type Command = {
  summary: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  /** Names of the positional arguments, for commands that take any ("<file> <manifest>"). */
  positionals?: string[];
  run(values: CommandValues, positionals?: string[]): Promise<number>;
};

export const COMMANDS: Record<string, Command> = {
  bootstrap: bootstrapCommand,
  "create-api-key": createApiKeyCommand,
  "create-user": createUserCommand,
  "audit seal": auditSealCommand,
  "audit verify": auditVerifyCommand,
  "audit verify-export": auditVerifyExportCommand,
  "privacy verify-certificate": privacyVerifyCertificateCommand,
  "privacy verify-export": privacyVerifyExportCommand,
};

/** Runs a command, turning domain errors into one readable line each. */
export async function runCommand(
  command: Command,
  values: CommandValues,
  positionals: string[] = [],
): Promise<number> {
  try {
    return await command.run(values, positionals);
  } catch (error) {
    if (error instanceof ZodError) {
      for (const [field, messages] of Object.entries(fieldErrors(error)))
        console.error(`--${field}: ${messages.join("; ")}`);
      return 2;
    }
    if (error instanceof AppError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  } finally {
    const { db } = await import("@/lib/db");
    await db.$disconnect();
  }
}
