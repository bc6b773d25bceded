import type { ReadModel, SqlCounter } from '../read/sql';
import { approvalLoaderFactories } from './approval-loaders';
import { bookingLoaderFactories } from './booking-loaders';
import { inventoryLoaderFactories } from './inventory-loaders';
import { lazyLoaderSet } from './lazy-loaders';
import { sagaLoaderFactories } from './saga-loaders';
import { supplierLoaderFactories } from './supplier-loaders';
import { storefrontLoaderFactories } from '../storefront/storefront-loaders';
import { requirementLoaderFactories } from '../requirements/requirement-loaders';
import type { Clock } from '../clock';

const requestLoaders = lazyLoaderSet({
  ...bookingLoaderFactories,
  ...approvalLoaderFactories,
  ...inventoryLoaderFactories,
  ...sagaLoaderFactories,
  ...storefrontLoaderFactories,
  ...requirementLoaderFactories,
  ...supplierLoaderFactories,
});

/** Every loader a request may use; features add their own factories here rather than to one file. */
export function createRequestLoaders(read: ReadModel, counter: SqlCounter, clock: Clock) {
  return requestLoaders({ read, counter, clock });
}

export type RequestLoaders = ReturnType<typeof createRequestLoaders>;
