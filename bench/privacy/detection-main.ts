// Prints the detection throughput figure: tsx bench/privacy/detection-main.ts
import os from "node:os";
import { measureDetectionThroughput } from "./detection-throughput";

async function main(): Promise<void> {
  const result = await measureDetectionThroughput();
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
  console.log(
    `Detection: ${result.mbPerSecond.toFixed(1)} MB/s on one core (${result.mbPerCpuSecond.toFixed(1)} MB per CPU second) over ${(result.bytes / (1024 * 1024)).toFixed(1)} MB of mixed text in 2 KB documents, ${result.findings.toLocaleString("en-US")} findings; target >= 50 MB/s; load average ${load}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
