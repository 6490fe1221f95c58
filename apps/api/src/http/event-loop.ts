import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

/**
 * Event-loop lag as a readiness signal: a process whose loop is blocked (a runaway request,
 * GC pressure near the heap limit) should leave the load balancer's rotation until it
 * recovers. The value is the worst delay in the last window (max of the histogram, reset at
 * each window), so one slow tick is seen for a whole window.
 */
export interface EventLoopLag {
  /** Worst delay, ms, in the current or the last complete window. */
  lagMs(): number;
  stop(): void;
}

export function watchEventLoop(windowMs = 2000): EventLoopLag {
  const resolution = 20;
  const h: IntervalHistogram = monitorEventLoopDelay({ resolution });
  const lag = () => Math.max(0, h.max / 1e6 - resolution); // samples include the timer's own interval
  h.enable();
  let last = 0;
  const timer = setInterval(() => {
    last = lag();
    h.reset();
  }, windowMs);
  timer.unref();
  return {
    lagMs: () => Math.max(last, h.count ? lag() : 0),
    stop() {
      clearInterval(timer);
      h.disable();
    },
  };
}
