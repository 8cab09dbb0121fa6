// Runs scan work in short slices so no task the extension causes gets near 50 ms
// (DESIGN.md §5 "Never janky"), yielding to the page between slices.

/** Time budget per slice, in ms: well below the 50 ms long-task line. */
export const SLICE_MS = 8;

type YieldingScheduler = { yield?: () => Promise<void> };

/** Gives the main thread back to the page (scheduler.yield where present, else a macrotask). */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((ok) => setTimeout(ok, 0));
}

/**
 * Resolves when `done` does or after `ms`, whichever comes first (never rejects): an answer that
 * is worth a short wait for completeness, but not a long one.
 */
export function atMost(done: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((ok) => {
    const timer = setTimeout(ok, ms);
    done.then(
      () => {
        clearTimeout(timer);
        ok();
      },
      () => {
        clearTimeout(timer);
        ok();
      },
    );
  });
}

/** Longest wait for an idle period before work starts anyway (dynamic content: ≤ 200 ms, §5). */
export const IDLE_TIMEOUT_MS = 100;

/**
 * Resolves when the page is idle (requestIdleCallback, capped at IDLE_TIMEOUT_MS), so scanning
 * never competes with the page's own start-up work; a macrotask where there is no such API.
 */
export function whenPageIdle(): Promise<void> {
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => number })
    .requestIdleCallback;
  if (typeof ric !== 'function') return yieldToMain();
  return new Promise((ok) => ric(() => ok(), { timeout: IDLE_TIMEOUT_MS }));
}

/** A serial work queue: jobs run one after another, each in time-boxed slices. */
export class SliceQueue {
  private readonly jobs: (() => boolean)[] = [];
  private running = false;
  private idle: (() => void)[] = [];

  constructor(
    private readonly signal: AbortSignal,
    private readonly sliceMs = SLICE_MS,
  ) {}

  /** A job does a little work per call and returns true when finished. */
  push(job: () => boolean, first = false): void {
    if (this.signal.aborted) return;
    if (first) this.jobs.unshift(job);
    else this.jobs.push(job);
    if (!this.running) void this.run();
  }

  get busy(): boolean {
    return this.running;
  }

  /** Resolves when the queue is empty (tests and benchmarks). */
  whenIdle(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((ok) => this.idle.push(ok));
  }

  clear(): void {
    this.jobs.length = 0;
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      // Never run in the caller's task: start-up and the first slice stay separate tasks, and the
      // first slice waits for an idle moment of the page.
      await whenPageIdle();
      while (this.jobs.length > 0 && !this.signal.aborted) {
        const deadline = performance.now() + this.sliceMs;
        while (this.jobs.length > 0 && performance.now() < deadline) {
          const job = this.jobs[0];
          if (job()) {
            if (this.jobs[0] === job) this.jobs.shift();
            else this.jobs.splice(this.jobs.indexOf(job), 1);
          }
        }
        if (this.jobs.length > 0) await yieldToMain();
      }
    } finally {
      this.running = false;
      const idle = this.idle;
      this.idle = [];
      for (const ok of idle) ok();
    }
  }
}
