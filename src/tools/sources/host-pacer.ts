/** Waits `ms` milliseconds. */
export type Sleep = (ms: number) => Promise<void>;

/** The real clock's wait. */
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Keeps requests to one host apart: each task for a host starts no sooner than `intervalMs` after
 * the previous one for that host started, and tasks for one host run one at a time. Tasks for
 * different hosts do not wait for each other.
 *
 * @example
 *   const pacer = new HostPacer(1000)
 *   await Promise.all(urls.map((url) => pacer.run(new URL(url).host, () => fetch(url))))
 */
export class HostPacer {
  readonly #intervalMs: number;
  readonly #sleep: Sleep;
  readonly #now: () => number;
  readonly #queues = new Map<string, Promise<unknown>>();
  readonly #lastStart = new Map<string, number>();

  constructor(intervalMs: number, clock: { sleep?: Sleep; now?: () => number } = {}) {
    this.#intervalMs = intervalMs;
    this.#sleep = clock.sleep ?? realSleep;
    this.#now = clock.now ?? Date.now;
  }

  /** Runs `task` when the host's turn comes; its result or error is passed through. */
  run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#queues.get(host) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(async () => {
        const last = this.#lastStart.get(host);
        const wait = last === undefined ? 0 : last + this.#intervalMs - this.#now();
        if (wait > 0) await this.#sleep(wait);
        this.#lastStart.set(host, this.#now());
        return task();
      });
    this.#queues.set(host, next);
    return next;
  }
}
