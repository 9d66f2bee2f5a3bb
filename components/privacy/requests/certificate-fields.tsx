import type { ReactNode } from "react";
import {
  columnsOf,
  humanizeKey,
  isCountTable,
  isRecord,
  isRowTable,
  isTimestamp,
} from "@/lib/client/privacy/requests/read-certificate";

// The certificate's fields on "paper": always dark text on white, in both colour schemes and in
// print, so these parts do not use the console's dark-mode table and list components.

/** "2026-12-03 07:12:04 UTC": exact and unambiguous, as a certificate should be. */
function utcText(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

/** A scalar value as text; objects deeper than the renderer goes are shown as JSON. */
export function CertificateValue({ value }: { value: unknown }): ReactNode {
  if (value === null || value === undefined || value === "") return <span className="text-zinc-400">—</span>;
  if (isTimestamp(value))
    return (
      <time dateTime={value} className="tabular-nums">
        {utcText(value)}
      </time>
    );
  if (typeof value === "number") return <span className="tabular-nums">{value.toLocaleString()}</span>;
  if (typeof value === "boolean") return value ? "yes" : "no";
  // A PEM key keeps its lines.
  if (typeof value === "string" && value.includes("\n"))
    return <pre className="font-mono text-xs whitespace-pre-wrap">{value}</pre>;
  // A short token ("audit_events") stays on one line; long ones (signatures, hashes) wrap anywhere.
  if (typeof value === "string" && value.length <= 32 && !/\s/.test(value))
    return <span className="whitespace-nowrap">{value}</span>;
  if (typeof value === "string") return <span className="[overflow-wrap:anywhere]">{value}</span>;
  if (Array.isArray(value) && value.every((v) => typeof v !== "object" || v === null))
    return value.length ? value.map(String).join(", ") : <span className="text-zinc-400">none</span>;
  return (
    <pre className="font-mono text-xs whitespace-pre-wrap [overflow-wrap:anywhere]">
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

const cellClass = "border-b border-zinc-200 px-2 py-1.5 text-left align-top";

export function CountsTable({ label, counts }: { label: string; counts: Record<string, number> }) {
  return (
    <table aria-label={label} className="w-full border-collapse text-sm">
      <thead>
        <tr className="text-xs text-zinc-500 uppercase">
          <th scope="col" className={cellClass}>
            Kind
          </th>
          <th scope="col" className={`${cellClass} text-right`}>
            Rows
          </th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(counts).map(([kind, count]) => (
          <tr key={kind}>
            <th scope="row" className={`${cellClass} font-normal`}>
              {humanizeKey(kind)} <span className="font-mono text-xs text-zinc-500">({kind})</span>
            </th>
            <td className={`${cellClass} text-right tabular-nums`}>{count.toLocaleString()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RowsTable({ label, rows }: { label: string; rows: Record<string, unknown>[] }) {
  const columns = columnsOf(rows);
  return (
    <table aria-label={label} className="w-full border-collapse text-sm">
      <thead>
        <tr className="text-xs text-zinc-500 uppercase">
          {columns.map((c) => (
            <th key={c} scope="col" className={cellClass}>
              {humanizeKey(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {columns.map((c) => (
              <td key={c} className={cellClass}>
                <CertificateValue value={row[c]} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Label/value rows of a record; nested records, counts and row lists get their own blocks below. */
export function CertificateFields({
  record,
  depth = 0,
}: {
  record: Record<string, unknown>;
  depth?: number;
}) {
  const entries = Object.entries(record);
  const scalars = entries.filter(([, v]) => !isBlock(v, depth));
  const blocks = entries.filter(([, v]) => isBlock(v, depth));
  return (
    <div className="space-y-4">
      {scalars.length > 0 ? (
        <dl className="grid grid-cols-[11rem_1fr] gap-x-4 gap-y-1.5 text-sm">
          {scalars.map(([key, value]) => (
            <div key={key} className="contents">
              <dt className="text-zinc-500">{humanizeKey(key)}</dt>
              <dd className="min-w-0 text-zinc-900">
                <CertificateValue value={value} />
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {blocks.map(([key, value]) => (
        <CertificateBlock key={key} name={key} value={value} depth={depth} />
      ))}
    </div>
  );
}

function isBlock(value: unknown, depth: number): boolean {
  return isCountTable(value) || isRowTable(value) || (isRecord(value) && depth < 2);
}

/** A titled part of the certificate: a counts table, a table of rows or a nested record. */
export function CertificateBlock({
  name,
  value,
  depth = 0,
}: {
  name: string;
  value: unknown;
  depth?: number;
}) {
  const title = humanizeKey(name);
  const Heading = depth === 0 ? "h2" : "h3";
  return (
    <section className="break-inside-avoid" aria-label={title}>
      <Heading
        className={
          depth === 0
            ? "mb-2 border-b border-zinc-300 pb-1 text-sm font-semibold tracking-wide text-zinc-900 uppercase"
            : "mb-1.5 text-sm font-semibold text-zinc-800"
        }
      >
        {title}
      </Heading>
      {isCountTable(value) ? (
        <CountsTable label={title} counts={value} />
      ) : isRowTable(value) ? (
        <RowsTable label={title} rows={value} />
      ) : isRecord(value) ? (
        <CertificateFields record={value} depth={depth + 1} />
      ) : (
        <CertificateValue value={value} />
      )}
    </section>
  );
}
