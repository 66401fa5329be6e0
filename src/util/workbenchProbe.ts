/**
 * What the workbench benchmark (bench/workbench.bench.ts) reads from inside the extension host:
 * the host's event-loop delay, measured by `perf_hooks.monitorEventLoopDelay` while the
 * benchmark wants it, and the host's memory. Nothing runs until `startEventLoop` is called.
 */
import { IntervalHistogram, monitorEventLoopDelay } from 'node:perf_hooks';

export interface EventLoopDelay {
  /** Milliseconds. */
  p50: number;
  p99: number;
  max: number;
  samples: number;
}

export class WorkbenchProbe {
  private histogram: IntervalHistogram | undefined;

  /** Starts (or restarts) measuring the event-loop delay, sampled every 10 ms. */
  startEventLoop(): void {
    this.histogram?.disable();
    this.histogram = monitorEventLoopDelay({ resolution: 10 });
    this.histogram.enable();
  }

  /** The delay since `startEventLoop`; undefined when it was never started. */
  eventLoop(): EventLoopDelay | undefined {
    const h = this.histogram;
    if (!h) return undefined;
    return { p50: h.percentile(50) / 1e6, p99: h.percentile(99) / 1e6, max: h.max / 1e6, samples: h.count };
  }

  stopEventLoop(): void {
    this.histogram?.disable();
    this.histogram = undefined;
  }

  /** The extension host's resident set, V8 heap and the memory outside it (ArrayBuffers, strings' backing), in bytes. */
  memory(): { rss: number; heapUsed: number; heapTotal: number; external: number; arrayBuffers: number } {
    const m = process.memoryUsage();
    return { rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, arrayBuffers: m.arrayBuffers };
  }

  dispose(): void {
    this.stopEventLoop();
  }
}
