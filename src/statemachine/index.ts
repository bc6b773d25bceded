export * from './lifecycle';
export * from './booking-status';
export * from './allocation-status';
export * from './fulfillment-status';
export * from './item-status';
export * from './status-cascade';
export * from './supplier-status';
