/** Bytes for people: "812 KB", "61.9 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

/** "1 event", "12,480 events". */
export function formatEvents(count: number): string {
  return `${count.toLocaleString()} ${count === 1 ? "event" : "events"}`;
}
