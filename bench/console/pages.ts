// The five busiest console pages and what "content" means on each: the first row of the page's
// own data table, or its empty state. Every table in the console carries an aria-label
// (components/ui/table.tsx) and the labels differ between these pages, so a row from the page we
// came from never counts as the new page's content, and a skeleton (no <table>) never does either.

export type ConsolePage = {
  /** Short name for the report. */
  name: string;
  /** What a person types or bookmarks: the full-load URL. */
  loadPath: string;
  /** Where the sidebar link goes (the URL after any redirect). */
  path: string;
  /** The sidebar link's accessible name. */
  sidebarLabel: string;
  /** aria-label of the table whose first row is the page's data. */
  table: string;
  /** Titles of the page's empty states, which count as content too (the data said "nothing"). */
  emptyTitles: string[];
};

export const CONSOLE_PAGES: readonly ConsolePage[] = [
  {
    // "/" redirects to /overview on the server; the full load keeps the redirect, as a person typing
    // the console's address gets it. Content: the recent audit events, which come from the same
    // GET /api/v1/overview response as the cards above them.
    name: "overview",
    loadPath: "/",
    path: "/overview",
    sidebarLabel: "Overview",
    table: "Recent audit events",
    emptyTitles: ["No audit events yet", "Nothing to show for your roles"],
  },
  {
    name: "tools",
    loadPath: "/tools",
    path: "/tools",
    sidebarLabel: "Tools",
    table: "Tools",
    emptyTitles: ["No tools yet", "No tools match these filters"],
  },
  {
    name: "audit trail",
    loadPath: "/audit",
    path: "/audit",
    sidebarLabel: "Audit trail",
    table: "Audit events",
    emptyTitles: ["No events yet", "No events match these filters"],
  },
  {
    name: "roles",
    loadPath: "/roles",
    path: "/roles",
    sidebarLabel: "Roles",
    table: "Roles",
    emptyTitles: ["No roles yet"],
  },
  {
    name: "servers",
    loadPath: "/servers",
    path: "/servers",
    sidebarLabel: "Servers",
    table: "Servers",
    emptyTitles: ["No servers yet"],
  },
];

/**
 * Client navigations start here: a light console page that warms none of the five pages' queries,
 * so every click fetches the target's data as a person's first visit in a session would.
 */
export const NAVIGATION_START_PATH = "/account";
