/**
 * How long reservations waited for capacity row locks, for the benchmark and for operators: a
 * bounded reservoir of the most recent samples, in milliseconds.
 */
export class LockWaitReservoir {
  private readonly samples: number[] = [];
  private next = 0;

  constructor(private readonly size = 20_000) {}

  record(milliseconds: number): void {
    if (this.samples.length < this.size) this.samples.push(milliseconds);
    else this.samples[this.next] = milliseconds;
    this.next = (this.next + 1) % this.size;
  }

  reset(): void {
    this.samples.length = 0;
    this.next = 0;
  }

  /** The given percentile (0–100) of the recorded samples; null before any. */
  percentile(p: number): number | null {
    if (this.samples.length === 0) return null;
    const sorted = [...this.samples].sort((a, b) => a - b);
    const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
    return sorted[rank] ?? null;
  }

  get count(): number {
    return this.samples.length;
  }
}

/** Process-wide, like any metrics registry: every reservation in this process records here. */
export const capacityLockWaits = new LockWaitReservoir();
