// TanStack Query keys for servers; mutations invalidate `all`, which covers the list and every detail.
export const serverQueryKeys = {
  all: ["servers"] as const,
  list: ["servers", "list"] as const,
  detail: (id: string) => ["servers", "detail", id] as const,
};
