import "server-only";
import { db } from "@/lib/db";
import { BUILT_IN_RULES } from "@/lib/alerts/built-in-rules";
import { processSingleton } from "@/lib/process-singleton";

const seeded = processSingleton("alerts.built-ins-seeded", () => ({ done: false }));

/**
 * Upserts the built-in rules by their builtIn key: missing ones are created, existing ones are left
 * as the operator edited them (update: {}). Idempotent and safe in concurrent processes.
 */
export async function seedBuiltInRules(): Promise<void> {
  if (seeded.done) return;
  for (const rule of BUILT_IN_RULES) {
    await db.alertRule
      .upsert({ where: { builtIn: rule.builtIn }, create: { ...rule, scope: "all" }, update: {} })
      // Another process created it between our read and write: it is there, which is all we need.
      .catch(async (error) => {
        if (!(await db.alertRule.findUnique({ where: { builtIn: rule.builtIn } }))) throw error;
      });
  }
  seeded.done = true;
}
