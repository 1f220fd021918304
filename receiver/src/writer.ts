import type { Outcome, Store, WriteItem } from './store.js';

interface Job {
  item: WriteItem;
  resolve: (outcome: Outcome) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: signatures that arrive while a transaction is running wait, then go together in the next one
 * (up to `maxBatch`). One commit (one fsync) then acknowledges many signatures, which is what lets a single
 * embedded database keep up with thousands per second. A batch that fails is retried one signature at a time, so
 * one bad row cannot take its neighbours down with it.
 */
export class Writer {
  #queue: Job[] = [];
  #running: Promise<void> = Promise.resolve();
  /** Whether #run is looping; set and cleared synchronously with the queue checks, so no job is ever left behind. */
  #active = false;
  #inBatch = 0;

  constructor(
    readonly store: Store,
    readonly options: { countryCounts: boolean; maxBatch?: number; onCommit?: (count: number) => void },
  ) {}

  /** Signatures accepted but not yet committed (waiting or in the running transaction). */
  get pending(): number {
    return this.#queue.length + this.#inBatch;
  }

  submit(item: WriteItem): Promise<Outcome> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ item, resolve, reject });
      if (!this.#active) {
        this.#active = true;
        this.#running = this.#run();
      }
    });
  }

  /** Resolves once everything submitted so far is committed (or failed). */
  async drain(): Promise<void> {
    while (this.#active) await this.#running;
  }

  async #run(): Promise<void> {
    // Let the requests that are already parsed join the first batch.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.#queue.length) {
      const batch = this.#queue.splice(0, this.options.maxBatch ?? 500);
      this.#inBatch = batch.length;
      try {
        await this.#write(batch);
      } catch {
        for (const job of batch) {
          try {
            await this.#write([job]);
          } catch (error) {
            job.reject(error);
          }
        }
      } finally {
        this.#inBatch = 0;
      }
    }
    // No await between the empty-queue check above and this: a job submitted meanwhile starts a new run.
    this.#active = false;
  }

  async #write(batch: Job[]): Promise<void> {
    const { outcomes, count } = await this.store.write(
      batch.map((job) => job.item),
      { countryCounts: this.options.countryCounts },
    );
    this.options.onCommit?.(count);
    batch.forEach((job, i) => job.resolve(outcomes[i]!));
  }
}
