/** Latency statistics of a set of samples, in milliseconds. */
export interface Latency {
  p50: number;
  p99: number;
  mean: number;
  max: number;
  samples: number;
}

/** The q-quantile with linear interpolation between order statistics (as tinybench does). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

export function latencyOf(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    mean: sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length),
    max: sorted.at(-1) ?? NaN,
    samples: sorted.length,
  };
}
