/** Rows in each "top" table. */
export const TOP_ROWS = 10;
/** Ranking by p95 merges sketches per tool, so it looks at this many of the busiest tools only. */
export const P95_CANDIDATES = 50;
