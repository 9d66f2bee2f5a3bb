// Group commit: callers wait for their item to be durably written, but items arriving together
// share one write. A batch is flushed when it is full or when a writer becomes free, so under
// load each transaction carries many events and an idle system writes at once.
export type GroupCommitOptions<T> = {
  write(items: T[]): Promise<void>;
  maxBatch: number;
  /**
   * Writes in flight at once (default 1). PostgreSQL does the insert work in its own process, so
   * a second writer keeps both sides busy; SQLite has one writer anyway.
   */
  maxConcurrentWrites?: number;
};

type Pending<T> = { item: T; resolve(): void; reject(error: unknown): void };

export class GroupCommit<T> {
  private queue: Pending<T>[] = [];
  private activeWriters = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly options: GroupCommitOptions<T>) {}

  /** Resolves once the item is committed; rejects if its batch failed. */
  add(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (this.activeWriters < (this.options.maxConcurrentWrites ?? 1)) {
        this.activeWriters++;
        void this.drain();
      }
    });
  }

  /** Waits until everything added so far is written (graceful shutdown). */
  async flush(): Promise<void> {
    while (this.activeWriters > 0) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  get pendingCount(): number {
    return this.queue.length;
  }

  private async drain(): Promise<void> {
    // Let the current tick's callers join the first batch.
    await Promise.resolve();
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.options.maxBatch);
      try {
        await this.options.write(batch.map((p) => p.item));
        for (const p of batch) p.resolve();
      } catch (error) {
        for (const p of batch) p.reject(error);
      }
    }
    this.activeWriters--;
    if (this.activeWriters === 0) for (const wake of this.idleWaiters.splice(0)) wake();
  }
}
