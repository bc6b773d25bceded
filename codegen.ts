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
          Booking: '../read/booking-rows#BookingRow',
          BookingContact: '../read/booking-rows#BookingRow',
          BookingItem: '../read/booking-rows#BookingItemRow',
          BookingTraveler: '../read/booking-rows#BookingTravelerRow',
          BookingItemTravelerLink: '../read/booking-rows#BookingItemTravelerRow',
          BookingOrigin: '../read/booking-rows#BookingOriginRow',
          BookingNote: '../read/booking-rows#BookingNoteRow',
          BookingSupplierStatus: '../read/booking-rows#BookingSupplierStatusRow',
          BookingActivity: '../read/booking-rows#BookingActivityRow',
          BookingConnection: '../read/connection#ConnectionValue<BookingRow>',
          BookingActivityConnection: '../read/connection#ConnectionValue<BookingActivityRow>',
          TravelerTravelDetails: '../domain/travel-details#TravelDetails',
          BookingPiiAuditEvent: '../read/booking-rows#BookingPiiAuditEventRow',
          BookingPiiAuditEventConnection: '../read/connection#ConnectionValue<BookingPiiAuditEventRow>',
          // Entities owned by other subgraphs: this subgraph only ever holds their key.
          Person: '../read/booking-rows#EntityReference',
          Organization: '../read/booking-rows#EntityReference',
          Quote: '../read/booking-rows#EntityReference',
          QuoteVersion: '../read/booking-rows#EntityReference',
          PersonDocument: '../read/booking-rows#EntityReference',
          Supplier: '../read/booking-rows#EntityReference',
          SupplierService: '../read/booking-rows#EntityReference',
          SupplierInvoiceLine: '../read/booking-rows#EntityReference',
          BookingSupplierStatusConnection: '../read/connection#ConnectionValue<BookingSupplierStatusRow>',
          ActionLedgerEntry: '../read/approval-rows#ActionLedgerEntryRow',
          ActionApproval: '../read/approval-rows#ActionApprovalRow',
          ActionLedgerConnection: '../read/approval-rows#ActionLedgerConnectionValue',
          ActionApprovalConnection: '../read/approval-rows#ActionApprovalConnectionValue',
          ApprovalRequired: '../approvals/outcomes#ApprovalRequiredOutcome',
          BookingAllocation: '../read/inventory-rows#BookingAllocationRow',
          BookingAllocationConnection: '../read/inventory-rows#BookingAllocationConnectionValue',
          BookingFulfillment: '../read/inventory-rows#BookingFulfillmentRow',
          BookingRedemption: '../read/inventory-rows#BookingRedemptionRow',
          AllocationCapacity: '../read/inventory-rows#AllocationCapacityValue',
          AvailabilitySlot: '../read/inventory-rows#AvailabilitySlotReference',
          ExpireStaleHoldsResult: '../read/inventory-rows#ExpireStaleHoldsValue',
          Saga: '../read/saga-rows#BookingSagaRow',
          SagaStep: '../read/saga-rows#BookingSagaStepRow',
          SagaFailure: '../read/saga-rows#SagaFailureValue',
          SagaConnection: '../read/saga-rows#BookingSagaConnectionValue',
          ReservationPlan: '../read/saga-rows#BookingSagaRow',
          ReservationPlanLine: '../read/saga-rows#PlanLineValue',
          PlanFailure: '../read/saga-rows#PlanFailureValue',
          PlanCompensation: '../read/saga-rows#PlanCompensationValue',
          ReservationPlanConnection: '../read/saga-rows#BookingSagaConnectionValue',
          BookingRefund: '../read/saga-rows#BookingSagaRow',
          StorefrontSession: '../read/booking-rows#BookingRow',
          SessionContact: '../read/booking-rows#BookingRow',
          SessionTraveler: '../read/booking-rows#BookingTravelerRow',
          SessionItem: '../read/booking-rows#BookingItemRow',
          WizardState: '../storefront/storefront-rows#WizardStateRow',
          SessionChecklist: '../storefront/checklist#SessionChecklistValue',
          StorefrontQuote: '../storefront/storefront-rows#StorefrontQuoteValue',
          StorefrontQuoteLine: '../storefront/storefront-rows#StorefrontQuoteLineValue',
          CheckoutCapability: '../ports/checkout-capability-port#IssuedCapability',
          StartStorefrontSessionPayload: '../storefront/storefront-rows#StartedSessionValue',
          // Start runs outside the mutation pipeline (anonymous storefronts): its value or one of our outcomes.
          StartStorefrontSessionResult: '../storefront/storefront-rows#StartResultValue',
          BookingAnswer: '../requirements/requirement-loaders#BookingAnswerRow',
          BookingRequirements: '../requirements/requirements-view#RequirementsView',
          ResolvedBookingQuestion: '../requirements/requirements-view#QuestionView',
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
    // @bookings/react: TypedDocumentNode operations and their result types, checked against the same API schema.
    'packages/bookings-react/src/generated/': {
      schema: clientSchema,
      documents: ['packages/bookings-react/src/operations/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { DateTime: 'string', Date: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
