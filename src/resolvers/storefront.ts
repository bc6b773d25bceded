import type { z } from 'zod';
import { refreshLoaders, type RequestContext } from '../context';
import { forbidden, notFound } from '../errors';
import type { Resolvers } from '../generated/graphql';
import { money } from '../domain/money';
import { mutation, plainMutation, tagged } from './mutation-pipeline';
import { byTypename } from './results';
import type { StorefrontScope } from '../storefront/storefront-scope';
import type { ServiceScope } from '../services/actor';
import { isBusinessOutcome, type BusinessOutcome } from '../domain/outcomes';
import { typeId } from '../validation/fields';
import { parseArgument } from '../validation/parse';
import { itemPriced, sessionChecklist } from '../storefront/checklist';
import { quoteStorefrontSession, repriceStorefrontSession } from '../storefront/reprice-session';
import {
  abandonStorefrontSession,
  confirmStorefrontSession,
  refreshCheckoutCapability,
  revokeCheckoutCapabilities,
  updateStorefrontSession,
} from '../storefront/session-service';
import { startStorefrontSession } from '../storefront/start-session';
import { bookingRequirements } from './requirements';
import { storefrontScope } from './storefront-context';
import {
  abandonSessionInput,
  confirmSessionInput,
  refreshCapabilityInput,
  revokeCapabilitiesInput,
  storefrontInputs,
  wizardStateInput,
} from '../storefront/storefront-inputs';
import { updateSessionWizardState } from '../storefront/wizard-state';

/** The read-back of a session mutation: the session, tagged for its result union. */
async function committedSession({ bookingId }: { bookingId: string }, context: RequestContext) {
  const booking = await context.loaders.bookingById.load(bookingId);
  if (!booking) throw notFound('Storefront session', bookingId);
  return tagged(booking, 'StorefrontSession');
}

const inputs = (context: RequestContext) => storefrontInputs(context.config.storefront);

/**
 * Session mutations on the shared pipeline. Their schemas take STOREFRONT_* bounds from the
 * config, so the spec is made per request. `expectedVersion` in these inputs is the session's
 * booking version, except in the wizard write, whose input carries the wizard state's own version:
 * that one reads no booking version (`field-argument`, absent).
 */
function sessionSpec<S extends z.ZodType>(
  schema: S,
  call: (scope: StorefrontScope, input: z.output<S>) => Promise<{ bookingId: string } | BusinessOutcome>,
  version: 'in-argument' | 'field-argument' = 'in-argument',
) {
  return {
    schema,
    version,
    call: (scope: ServiceScope, input: z.output<S>, context: RequestContext) =>
      call(storefrontScope(context, scope.expectedVersion ?? null), input),
    readBack: committedSession,
  };
}

export const storefrontResolvers: Resolvers = {
  Query: {
    storefrontSession: async (_root, args, context) => {
      const id = parseArgument(typeId('book'), args.id, 'id');
      const session = await context.loaders.storefrontSessionByBooking.load(id);
      return session ? context.loaders.bookingById.load(id) : null;
    },
    // A query, but shaped like a mutation's result: the pipeline parses it and resolves its union (it writes nothing).
    storefrontSessionQuote: (root, args, context, info) =>
      mutation('QuoteStorefrontSessionResult', {
        schema: inputs(context).quote,
        call: (_scope, input) => quoteStorefrontSession(storefrontScope(context), input),
        readBack: async (quote) => tagged(quote, 'StorefrontQuote'),
      })(root, args, context, info),
  },
  Mutation: {
    // Not on the pipeline: an anonymous storefront (STOREFRONT_ALLOW_ANONYMOUS) has no principal for its service scope.
    startStorefrontSession: async (_root, args, context) => {
      const input = parseArgument(inputs(context).start, args.input, 'input');
      const result = await startStorefrontSession(storefrontScope(context), input);
      refreshLoaders(context);
      if (isBusinessOutcome(result)) return result;
      const session = await context.loaders.bookingById.load(result.bookingId);
      if (!session) throw notFound('Storefront session', result.bookingId);
      return tagged({ session, capability: result.capability }, 'StartStorefrontSessionPayload');
    },
    updateStorefrontSession: (root, args, context, info) =>
      mutation('UpdateStorefrontSessionResult', sessionSpec(inputs(context).update, updateStorefrontSession))(
        root,
        args,
        context,
        info,
      ),
    updateSessionWizardState: (root, args, context, info) =>
      mutation(
        'UpdateSessionWizardStateResult',
        sessionSpec(wizardStateInput, updateSessionWizardState, 'field-argument'),
      )(root, args, context, info),
    // The pipeline's lock checks the version; the reprice also compares it with the version it priced.
    repriceStorefrontSession: (root, args, context, info) =>
      mutation('RepriceStorefrontSessionResult', sessionSpec(inputs(context).reprice, repriceStorefrontSession))(
        root,
        args,
        context,
        info,
      ),
    confirmStorefrontSession: (root, args, context, info) =>
      mutation('ConfirmStorefrontSessionResult', sessionSpec(confirmSessionInput, confirmStorefrontSession))(
        root,
        args,
        context,
        info,
      ),
    abandonStorefrontSession: (root, args, context, info) =>
      mutation('AbandonStorefrontSessionResult', sessionSpec(abandonSessionInput, abandonStorefrontSession))(
        root,
        args,
        context,
        info,
      ),
    refreshCheckoutCapability: plainMutation({
      schema: refreshCapabilityInput,
      call: async (_scope, input, context) => {
        // The shield let this through only for the capability's own session.
        if (!context.checkout || context.checkout.bookingId !== input.sessionId)
          throw forbidden('A checkout capability for this session is required');
        return { capability: await refreshCheckoutCapability(storefrontScope(context), context.checkout, input) };
      },
      readBack: async (refreshed) => refreshed,
    }),
    revokeCheckoutCapabilities: plainMutation({
      schema: revokeCapabilitiesInput,
      call: (_scope, input, context) => revokeCheckoutCapabilities(storefrontScope(context), input),
      readBack: async (revoked) => revoked,
    }),
  },
  Booking: {
    storefrontSession: async (booking, _args, context) =>
      (await context.loaders.storefrontSessionByBooking.load(booking.id)) ? booking : null,
  },
  StorefrontSession: {
    maxHoldUntil: async (booking, _args, context) => {
      const session = await context.loaders.storefrontSessionByBooking.load(booking.id);
      if (!session) throw notFound('Storefront session', booking.id);
      return session.maxHoldUntil;
    },
    total: (booking) => money(booking.sellAmountCents, booking.sellCurrency),
    pricingComplete: async (booking, _args, context) =>
      (await context.loaders.itemsByBooking.load(booking.id)).every(itemPriced),
    contact: (booking) =>
      booking.contactFirstName || booking.contactLastName || booking.contactEmail || booking.contactPhone
        ? booking
        : null,
    travelers: (booking, _args, context) => context.loaders.travelersByBooking.load(booking.id),
    items: (booking, _args, context) => context.loaders.itemsByBooking.load(booking.id),
    wizardState: (booking, _args, context) => context.loaders.wizardStateByBooking.load(booking.id),
    checklist: async (booking, _args, context) => {
      const enforced = context.config.requirementsEnforceOnConfirm !== 'off';
      const [items, travelers, requirements] = await Promise.all([
        context.loaders.itemsByBooking.load(booking.id),
        context.loaders.travelersByBooking.load(booking.id),
        enforced ? bookingRequirements(booking, context) : null,
      ]);
      const answered = requirements === null || requirements.status === 'complete';
      return sessionChecklist(booking, items, travelers, answered, context.clock.now());
    },
  },
  SessionContact: {
    firstName: (booking) => booking.contactFirstName ?? null,
    lastName: (booking) => booking.contactLastName ?? null,
    email: (booking) => booking.contactEmail ?? null,
    phone: (booking) => booking.contactPhone ?? null,
    preferredLanguage: (booking) => booking.contactPreferredLanguage ?? null,
    country: (booking) => booking.contactCountry ?? null,
  },
  SessionItem: {
    optionUnitId: (item) => item.unitId ?? null,
    pricingCategoryId: (item) => item.pricing?.pricingCategoryId ?? null,
    availabilitySlotId: (item) => item.slotId ?? null,
    unitPrice: (item) => (itemPriced(item) ? money(item.unitSellAmountCents, item.sellCurrency) : null),
    total: (item) => (itemPriced(item) ? money(item.totalSellAmountCents, item.sellCurrency) : null),
    pricingMode: (item) => item.pricing?.pricingMode ?? null,
  },
  StorefrontQuoteLine: {
    optionId: ({ line }) => line.selection.optionId,
    optionUnitId: ({ line }) => line.selection.optionUnitId,
    pricingCategoryId: ({ line }) => line.selection.pricingCategoryId,
    quantity: ({ line }) => line.selection.quantity,
    unitPrice: ({ line }) => money(line.unitSellAmountCents, line.currency),
    total: ({ line }) => money(line.totalSellAmountCents, line.currency),
    pricingMode: ({ line }) => line.pricingMode,
    warnings: ({ line }) => line.warnings,
  },
  CheckoutCapability: {
    sessionId: (capability) => capability.bookingId,
    actions: (capability) => [...capability.actions],
  },
};

/** Every member carries its `__typename` (src/resolvers/results.ts). */
export const storefrontResultResolvers = Object.fromEntries(
  [
    'StartStorefrontSessionResult',
    'UpdateStorefrontSessionResult',
    'UpdateSessionWizardStateResult',
    'QuoteStorefrontSessionResult',
    'RepriceStorefrontSessionResult',
    'ConfirmStorefrontSessionResult',
    'AbandonStorefrontSessionResult',
  ].map((name) => [name, { __resolveType: byTypename }]),
) as Resolvers;
