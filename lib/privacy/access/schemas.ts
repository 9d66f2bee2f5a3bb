import { z } from "zod";
import { SUBJECT_EXPORT_FORMATS } from "@/lib/privacy/access/export-sections";

/** POST /api/v1/privacy/requests/[id]/exports */
export const createExportSchema = z.strictObject({ format: z.enum(SUBJECT_EXPORT_FORMATS).default("json") });
export type CreateExportInput = z.output<typeof createExportSchema>;
