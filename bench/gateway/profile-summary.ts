// Summarises V8 .cpuprofile files (BENCH_CPU_PROF=<dir> npm run bench:gateway writes Gatehouse's):
// self time by package/file and by function, and total (inclusive) time of selected frames.
// Run: npx tsx bench/gateway/profile-summary.ts <file.cpuprofile> [top=25] [inclusive-regex]
import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";

type Frame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type Node = { id: number; callFrame: Frame; children?: number[] };

// Next's server chunks bundle many modules; their source maps say which one a frame is in.
const sourceMaps = new Map<string, SourceMap | null>();
function sourceMapFor(url: string): SourceMap | null {
  if (!url.startsWith("file://") || !url.includes("/.next/")) return null;
  if (!sourceMaps.has(url)) {
    const file = `${fileURLToPath(url)}.map`;
    sourceMaps.set(url, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, "utf8"))) : null);
  }
  return sourceMaps.get(url)!;
}

/** The frame's original source file when a source map knows it, else its URL. */
function originalUrl(frame: Frame): string {
  const map = sourceMapFor(frame.url);
  if (!map) return frame.url;
  const entry = map.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string };
  return entry.originalSource
    ? entry.originalSource.replace(/^turbopack:\/\/\/\[project\]\//, "")
    : frame.url;
}
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

function where(rawUrl: string): string {
  const url = decodeURIComponent(rawUrl);
  if (!url) return "(native/vm)";
  // Next itself is most of the request path: keep its file (next/dist/…) to tell its parts apart.
  const next = /node_modules\/next\/dist\/(.*)$/.exec(url);
  if (next) return `next/${next[1].replace(/^(compiled\/)?/, "")}`;
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1];
  if (url.startsWith("node:")) return url;
  const chunk = /\.next\/server\/(.*)$/.exec(url);
  return chunk ? `.next/server/${chunk[1]}` : url.replace(/^file:\/\//, "").replace(/^(\.\.\/)+/, "");
}

function main(): void {
  const [file, topArg, inclusiveArg] = process.argv.slice(2);
  if (!file) throw new Error("usage: profile-summary.ts <file.cpuprofile> [top] [inclusive-regex]");
  const top = Number(topArg ?? 25);
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const totalUs = [...self.values()].reduce((a, b) => a + b, 0);
  const idleUs = [...self]
    .filter(([id]) => byId.get(id)?.callFrame.functionName === "(idle)")
    .reduce((a, [, v]) => a + v, 0);
  const busyUs = totalUs - idleUs;

  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, us] of self) {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === "(idle)") continue;
    const pkg = where(originalUrl(frame));
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    const fn = `${frame.functionName || "(anonymous)"}  ${pkg}:${frame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  }
  // Node internals and native frames charged to the nearest caller outside Node (the package or
  // bundle chunk that asked for the work): shows who causes writes, streams, zlib, GC-free time.
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const byOwner = new Map<string, number>();
  for (const [id, us] of self) {
    const leaf = byId.get(id)!.callFrame;
    if (leaf.functionName === "(idle)") continue;
    let owner = leaf.functionName === "(garbage collector)" ? "(garbage collector)" : "";
    for (let cur: number | undefined = id; !owner && cur !== undefined; cur = parentOf.get(cur)) {
      const frame = byId.get(cur)!.callFrame;
      if (frame.url && !frame.url.startsWith("node:")) owner = where(originalUrl(frame));
    }
    owner ||= `(node/native: ${where(leaf.url)} ${leaf.functionName})`;
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + us);
  }
  const pct = (us: number) => `${((us / busyUs) * 100).toFixed(1).padStart(5)}%`;
  console.log(
    `${file}\n  profiled ${(totalUs / 1e6).toFixed(1)} s, busy ${(busyUs / 1e6).toFixed(1)} s (idle ${(idleUs / 1e6).toFixed(1)} s)`,
  );
  console.log("\n  self time by package/file (% of busy):");
  for (const [k, v] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${pct(v)}  ${k}`);
  console.log("\n  time charged to the nearest caller outside Node (% of busy):");
  for (const [k, v] of [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${pct(v)}  ${k}`);
  console.log("\n  self time by function (% of busy):");
  for (const [k, v] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${pct(v)}  ${k}`);

  if (inclusiveArg) {
    // Inclusive time of frames whose "function url" matches: count each sample once per match.
    const pattern = new RegExp(inclusiveArg);
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const inclusive = new Map<string, number>();
    for (const [id, us] of self) {
      const seen = new Set<string>();
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        const f = byId.get(cur)!.callFrame;
        const key = `${f.functionName || "(anonymous)"}  ${where(originalUrl(f))}:${f.lineNumber + 1}`;
        if (pattern.test(key) && !seen.has(key)) {
          seen.add(key);
          inclusive.set(key, (inclusive.get(key) ?? 0) + us);
        }
      }
    }
    console.log(`\n  inclusive time of frames matching /${inclusiveArg}/ (% of busy):`);
    for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`  ${pct(v)}  ${k}`);
  }
}

main();
