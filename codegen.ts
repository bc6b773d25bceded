import { readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { enumValueMaps } from './src/schema/enum-values';

const enumValues = enumValueMaps(readFileSync('schema.graphql', 'utf8'));

/** Enums resolve to their own generated (lowercase) types; without this the resolver types say `null`. */
const enumMappers = Object.fromEntries(Object.keys(enumValues).map((name) => [name, name]));

const config: CodegenConfig = {
  schema: ['schema.graphql', 'src/directives/federation-spec.graphql'],
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: false,
        contextType: '../context#RequestContext',
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        enumValues,
        scalars: { DateTime: 'Date', Date: 'string', JSON: 'unknown' },
        mappers: {
          ...enumMappers,
          Booking: '../loaders/rows#BookingRow',
          BookingContact: '../loaders/rows#BookingRow',
          BookingItem: '../loaders/rows#BookingItemRow',
          BookingTraveler: '../loaders/rows#BookingTravelerRow',
          BookingItemTravelerLink: '../loaders/rows#BookingItemTravelerRow',
          BookingOrigin: '../loaders/rows#BookingOriginRow',
          BookingNote: '../loaders/rows#BookingNoteRow',
          BookingSupplierStatus: '../loaders/rows#BookingSupplierStatusRow',
          BookingActivity: '../loaders/rows#BookingActivityRow',
          BookingConnection: '../loaders/rows#ConnectionValue<BookingRow>',
          BookingActivityConnection: '../loaders/rows#ConnectionValue<BookingActivityRow>',
          BookingAllocation: '../loaders/inventory-rows#BookingAllocationRow',
          BookingAllocationConnection: '../loaders/inventory-rows#BookingAllocationConnectionValue',
          BookingFulfillment: '../loaders/inventory-rows#BookingFulfillmentRow',
          BookingRedemption: '../loaders/inventory-rows#BookingRedemptionRow',
          AllocationCapacity: '../loaders/inventory-rows#AllocationCapacityValue',
          AvailabilitySlot: '../loaders/inventory-rows#AvailabilitySlotReference',
          ExpireStaleHoldsResult: '../loaders/inventory-rows#ExpireStaleHoldsValue',
        },
      },
    },
  },
};

export default config;
