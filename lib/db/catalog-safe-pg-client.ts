// A pg.Client for the Prisma migration engine only (prisma/orm#27403): the pg driver adapter
// cannot deserialize Postgres' internal catalog types (name, regproc, …) that the schema engine
// reads during introspection, so their field type ids are rewritten to text.
import pg from "pg";

const CATALOG_TYPE_IDS = new Set([18, 19, 22, 24, 30, 194, 2205]);
const TEXT_TYPE_ID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function mapCatalogTypes<T>(result: T): T {
  const results: unknown[] = Array.isArray(result) ? result : [result];
  for (const r of results) {
    for (const field of (r as QueryResultLike | undefined)?.fields ?? []) {
      if (CATALOG_TYPE_IDS.has(field.dataTypeID)) field.dataTypeID = TEXT_TYPE_ID;
    }
  }
  return result;
}

export class CatalogSafePgClient extends pg.Client {
  // pg's overloads cannot be re-declared precisely; the wrapper only post-processes results.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const callback = last as (err: Error | null, res: any) => void;
      args[args.length - 1] = (err: Error | null, res: unknown) =>
        callback(err, err ? res : mapCatalogTypes(res));
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as any)(...args);
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const out = (super.query as any)(...args);
    return out && typeof out.then === "function" ? out.then(mapCatalogTypes) : out;
  }
}
