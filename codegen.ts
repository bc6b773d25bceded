import { readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { composeSupergraph, subgraphSources } from './examples/supergraph/compose';
import { enumValueMaps } from './src/schema/enum-values';

const enumValues = enumValueMaps(readFileSync('schema.graphql', 'utf8'));

/** Enums resolve to their own generated (lowercase) types; without this the resolver types say `null`. */
const enumMappers = Object.fromEntries(Object.keys(enumValues).map((name) => [name, name]));

/**
 * Clients query the gateway, so their operations are checked against the supergraph's API schema:
 * schema.graphql composed with the example subgraphs, as SDL text.
 */
const clientSchema = composeSupergraph(subgraphSources()).apiSdl;

const config: CodegenConfig = {
  generates: {
    // Per output: a top-level schema would be merged into the client's supergraph schema too.
    'src/generated/graphql.ts': {
      schema: ['schema.graphql', 'src/directives/federation-spec.graphql'],
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
          TravelerTravelDetails: '../pii/travel-details#TravelDetails',
          BookingPiiAuditEvent: '../loaders/rows#BookingPiiAuditEventRow',
          BookingPiiAuditEventConnection: '../loaders/rows#ConnectionValue<BookingPiiAuditEventRow>',
          // Entities owned by other subgraphs: this subgraph only ever holds their key.
          Person: '../loaders/rows#EntityReference',
          Organization: '../loaders/rows#EntityReference',
          Quote: '../loaders/rows#EntityReference',
          QuoteVersion: '../loaders/rows#EntityReference',
          PersonDocument: '../loaders/rows#EntityReference',
          ActionLedgerEntry: '../loaders/approval-rows#ActionLedgerEntryRow',
          ActionApproval: '../loaders/approval-rows#ActionApprovalRow',
          ActionLedgerConnection: '../loaders/approval-rows#ActionLedgerConnectionValue',
          ActionApprovalConnection: '../loaders/approval-rows#ActionApprovalConnectionValue',
          ApprovalRequired: '../approvals/outcomes#ApprovalRequiredOutcome',
          BookingAllocation: '../loaders/inventory-rows#BookingAllocationRow',
          BookingAllocationConnection: '../loaders/inventory-rows#BookingAllocationConnectionValue',
          BookingFulfillment: '../loaders/inventory-rows#BookingFulfillmentRow',
          BookingRedemption: '../loaders/inventory-rows#BookingRedemptionRow',
          AllocationCapacity: '../loaders/inventory-rows#AllocationCapacityValue',
          AvailabilitySlot: '../loaders/inventory-rows#AvailabilitySlotReference',
          ExpireStaleHoldsResult: '../loaders/inventory-rows#ExpireStaleHoldsValue',
          StorefrontSession: '../loaders/rows#BookingRow',
          SessionContact: '../loaders/rows#BookingRow',
          SessionTraveler: '../loaders/rows#BookingTravelerRow',
          SessionItem: '../loaders/rows#BookingItemRow',
          WizardState: '../storefront/storefront-rows#WizardStateRow',
          SessionChecklist: '../storefront/checklist#SessionChecklistValue',
          StorefrontQuote: '../storefront/storefront-rows#StorefrontQuoteValue',
          StorefrontQuoteLine: '../storefront/storefront-rows#StorefrontQuoteLineValue',
          CheckoutCapability: '../ports/checkout-capability-port#IssuedCapability',
          StartStorefrontSessionPayload: '../storefront/storefront-rows#StartedSessionValue',
          // Start runs outside the mutation pipeline (anonymous storefronts): its value or one of our outcomes.
          StartStorefrontSessionResult: '../storefront/storefront-rows#StartResultValue',
        },
      },
    },
    // The client-side check: a breaking schema change fails here (an operation no longer
    // validates) or in `npm run typecheck` (examples/client code no longer compiles).
    'examples/client/generated/operations.ts': {
      schema: clientSchema,
      documents: ['examples/client/*.graphql'],
      plugins: ['typescript-operations'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        // What arrives over the wire: ISO strings for instants and days, any JSON value.
        scalars: { DateTime: 'string', Date: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
