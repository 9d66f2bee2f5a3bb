// Every route module under app/api, found on disk, so that the suites that cover "every route"
// (the authorization matrix, the no-500 fuzz test) cannot miss one added later.
import { readdirSync } from "node:fs";
import path from "node:path";

const API_ROOT = path.resolve(import.meta.dirname, "../../app/api");

export type ApiRouteModule = {
  /** The route as Next.js names it, e.g. /api/v1/users/[id]. */
  route: string;
  file: string;
  exports: Record<string, unknown>;
};

function findRouteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return findRouteFiles(full);
    return /^route\.(ts|tsx|js|mjs)$/.test(entry.name) ? [full] : [];
  });
}

/** Every app/api route module, imported, in path order. */
export async function importApiRoutes(): Promise<ApiRouteModule[]> {
  const routes: ApiRouteModule[] = [];
  for (const file of findRouteFiles(API_ROOT).sort()) {
    const route = `/api/${path.relative(API_ROOT, path.dirname(file)).split(path.sep).join("/")}`.replace(
      /\/$/,
      "",
    );
    routes.push({ route, file, exports: (await import(file)) as Record<string, unknown> });
  }
  return routes;
}
