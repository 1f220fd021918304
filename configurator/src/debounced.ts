/*
 * A task run once the editor pauses (the preview's refresh: not at each keystroke), and a way to wait until it has
 * run for the last change (`settled()`, which the Copy button and the tests use).
 */
export class Debounced {
  #task: () => Promise<void>;
  #delay: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<void> = Promise.resolve();

  constructor(task: () => Promise<void>, delay: number) {
    this.#task = task;
    this.#delay = delay;
  }

  /** Runs the task `delay` ms from now, unless asked again before. */
  schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#running = this.#run();
    }, this.#delay);
  }

  /** Starts the task; its failure reaches whoever waits in `settled()`, and is not an unhandled rejection meanwhile. */
  #run(): Promise<void> {
    const running = this.#task();
    running.catch(() => undefined);
    return running;
  }

  /** Resolves once the task has run for the last change: at once if it is waiting, then until no run follows. */
  async settled(): Promise<void> {
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#running = this.#run();
    }
    let seen: Promise<void>;
    do {
      seen = this.#running;
      await seen;
    } while (seen !== this.#running);
  }
}
