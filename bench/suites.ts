import { bookingsBench } from './bookings';
import { inventoryBench } from './inventory';
import { observabilityBench } from './observability';
import type { BenchSuite } from './registry';

/**
 * Every benchmark `npm run bench` knows, in run order. To add one, export a `BenchSuite` from its
 * own file and list it here; BENCH_SUITES=name runs a subset (`npm run bench:inventory` is
 * BENCH_SUITES=inventory).
 */
export const BENCH_SUITES: BenchSuite[] = [bookingsBench, inventoryBench, observabilityBench];
