// Child process of seed-audit-history.ts: writes N events spread over the last 30 days with
// bench:audit's event mix (gateway calls by API keys, sign-ins, denials, admin changes).
import { auditCommit } from "@/lib/audit/record-event";
import { prepareAuditRow } from "@/lib/audit/prepare-audit-row";
import { benchEvent, seededRandom } from "../audit/event-mix";

const SPAN_MS = 30 * 86_400_000;
// Prisma batches concurrent findUnique calls into one query; past a few hundred, SQLite refuses its
// parameter count (P2029).
const IN_FLIGHT = 200;

async function main(total: number): Promise<void> {
  const random = seededRandom(7);
  const start = Date.now() - SPAN_MS;
  const inFlight = new Set<Promise<void>>();
  for (let n = 0; n < total; n++) {
    const createdAt = new Date(start + Math.floor((n * SPAN_MS) / total));
    const write: Promise<void> = prepareAuditRow(benchEvent(n, random), createdAt).then((row) =>
      auditCommit.add(row),
    );
    inFlight.add(write);
    void write.finally(() => inFlight.delete(write));
    if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
}

main(Number(process.argv[2])).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
