/**
 * Reads rows in id order one batch at a time (keyset pagination: "id > last id seen"), so that a
 * walk over a million rows holds at most two batches in memory: the one being read and the next,
 * fetched while the current one is processed.
 */
export class BatchedCursor<T> {
  private buffer: T[] = [];
  private index = 0;
  private isExhausted = false;
  private nextBatch: Promise<T[]> | null = null;

  constructor(
    private readonly fetchAfter: (afterId: number, take: number) => Promise<T[]>,
    private readonly idOf: (row: T) => number,
    private afterId: number,
    private readonly batchSize: number,
  ) {}

  /** The next row without consuming it; undefined at the end. */
  async peek(): Promise<T | undefined> {
    if (this.index < this.buffer.length) return this.buffer[this.index];
    if (this.isExhausted) return undefined;
    const batch = await (this.nextBatch ?? this.fetchAfter(this.afterId, this.batchSize));
    this.nextBatch = null;
    // SQLite answers synchronously: without this, a long walk would keep timers and requests waiting.
    await new Promise((resolve) => setImmediate(resolve));
    this.buffer = batch;
    this.index = 0;
    if (batch.length < this.batchSize) {
      this.isExhausted = true;
    } else {
      this.afterId = this.idOf(batch[batch.length - 1]);
      this.nextBatch = this.fetchAfter(this.afterId, this.batchSize);
      // Awaited on the next refill; a walk that stops early must not leave an unhandled rejection.
      this.nextBatch.catch(() => undefined);
    }
    return this.buffer[0];
  }

  /** Consumes the row peek() returned. */
  take(): void {
    this.index++;
  }
}
