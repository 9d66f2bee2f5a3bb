/**
 * Reads rows in id order one batch at a time (keyset pagination: "id > last id seen"), so that a
 * walk over a million rows holds one batch in memory.
 */
export class BatchedCursor<T> {
  private buffer: T[] = [];
  private index = 0;
  private isExhausted = false;

  constructor(
    private readonly fetchAfter: (afterId: number, take: number) => Promise<T[]>,
    private readonly idOf: (row: T) => number,
    private afterId: number,
    private readonly batchSize: number,
  ) {}

  /** The next row without consuming it; undefined at the end. */
  async peek(): Promise<T | undefined> {
    if (this.index >= this.buffer.length && !this.isExhausted) {
      this.buffer = await this.fetchAfter(this.afterId, this.batchSize);
      this.index = 0;
      if (this.buffer.length < this.batchSize) this.isExhausted = true;
      if (this.buffer.length > 0) this.afterId = this.idOf(this.buffer[this.buffer.length - 1]);
    }
    return this.buffer[this.index];
  }

  /** Consumes the row peek() returned. */
  take(): void {
    this.index++;
  }
}
