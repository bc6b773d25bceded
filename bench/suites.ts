import { bookingsBench } from './bookings';
import type { BenchSuite } from './registry';

/**
 * Every benchmark `npm run bench` knows, in run order. To add one, export a `BenchSuite` from its
 * own file (e.g. `bench/inventory.ts`) and list it here; BENCH_SUITES=name runs a subset.
 */
export const BENCH_SUITES: BenchSuite[] = [bookingsBench];
