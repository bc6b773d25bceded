import { refreshLoaders, type RequestContext } from '../context';
import { forbidden, notFound } from '../errors';
import type { Resolvers } from '../generated/graphql';
import type { BookingRow } from '../loaders/rows';
import { money } from '../resolvers/money';
import { isBusinessOutcome, type BusinessOutcome } from '../services/outcomes';
import { typeId } from '../validation/fields';
import { parseArgument } from '../validation/parse';
import { itemPriced, sessionChecklist } from './checklist';
import { quoteStorefrontSession, repriceStorefrontSession } from './reprice-session';
import {
  abandonStorefrontSession, confirmStorefrontSession, refreshCheckoutCapability, revokeCheckoutCapabilities, updateStorefrontSession,
} from './session-service';
import { startStorefrontSession } from './start-session';
import { storefrontScope } from './storefront-context';
import {
  abandonSessionInput, confirmSessionInput, refreshCapabilityInput, revokeCapabilitiesInput, storefrontInputs, wizardStateInput,
} from './storefront-inputs';
import { updateSessionWizardState } from './wizard-state';

/** The session after a committed change, read through fresh loaders. */
async function sessionAfter(context: RequestContext, result: { bookingId: string } | BusinessOutcome): Promise<BookingRow | BusinessOutcome> {
  refreshLoaders(context);
  if (isBusinessOutcome(result)) return result;
  const booking = await context.loaders.bookingById.load(result.bookingId);
  if (!booking) throw notFound('Storefront session', result.bookingId);
  return booking;
}

/** A result union's member: business outcomes carry their `__typename`, anything else is the success type. */
const resultOf = (success: string) => ({
  __resolveType: (value: object) => ('__typename' in value && typeof value.__typename === 'string' ? value.__typename : success),
});

const inputs = (context: RequestContext) => storefrontInputs(context.config.storefront);

export const storefrontResolvers: Resolvers = {
  Query: {
    storefrontSession: async (_root, args, context) => {
      const id = parseArgument(typeId('book'), args.id, 'id');
      const session = await context.loaders.storefrontSessionByBooking.load(id);
      return session ? context.loaders.bookingById.load(id) : null;
    },
    storefrontSessionQuote: (_root, args, context) =>
      quoteStorefrontSession(storefrontScope(context), parseArgument(inputs(context).quote, args.input, 'input')),
  },
  Mutation: {
    startStorefrontSession: async (_root, args, context) => {
      const input = parseArgument(inputs(context).start, args.input, 'input');
      const result = await startStorefrontSession(storefrontScope(context), input);
      refreshLoaders(context);
      if (isBusinessOutcome(result)) return result;
      const session = await context.loaders.bookingById.load(result.bookingId);
      if (!session) throw notFound('Storefront session', result.bookingId);
      return { session, capability: result.capability };
    },
    updateStorefrontSession: async (_root, args, context) => {
      const input = parseArgument(inputs(context).update, args.input, 'input');
      return sessionAfter(context, await updateStorefrontSession(storefrontScope(context, input.expectedVersion), input));
    },
    updateSessionWizardState: async (_root, args, context) => {
      const input = parseArgument(wizardStateInput, args.input, 'input');
      return sessionAfter(context, await updateSessionWizardState(storefrontScope(context), input));
    },
    repriceStorefrontSession: async (_root, args, context) => {
      const input = parseArgument(inputs(context).reprice, args.input, 'input');
      return sessionAfter(context, await repriceStorefrontSession(storefrontScope(context), input));
    },
    confirmStorefrontSession: async (_root, args, context) => {
      const input = parseArgument(confirmSessionInput, args.input, 'input');
      return sessionAfter(context, await confirmStorefrontSession(storefrontScope(context, input.expectedVersion), input));
    },
    abandonStorefrontSession: async (_root, args, context) => {
      const input = parseArgument(abandonSessionInput, args.input, 'input');
      return sessionAfter(context, await abandonStorefrontSession(storefrontScope(context, input.expectedVersion ?? null), input));
    },
    refreshCheckoutCapability: async (_root, args, context) => {
      const input = parseArgument(refreshCapabilityInput, args.input, 'input');
      // The shield let this through only for the capability's own session.
      if (!context.checkout || context.checkout.bookingId !== input.sessionId) throw forbidden('A checkout capability for this session is required');
      return { capability: await refreshCheckoutCapability(storefrontScope(context), context.checkout, input) };
    },
    revokeCheckoutCapabilities: async (_root, args, context) => {
      const input = parseArgument(revokeCapabilitiesInput, args.input, 'input');
      const result = await revokeCheckoutCapabilities(storefrontScope(context), input);
      refreshLoaders(context);
      if (isBusinessOutcome(result)) throw new Error(`Unexpected ${result.code} while revoking capabilities`);
      return result;
    },
  },
  Booking: {
    storefrontSession: async (booking, _args, context) => ((await context.loaders.storefrontSessionByBooking.load(booking.id)) ? booking : null),
  },
  StorefrontSession: {
    maxHoldUntil: async (booking, _args, context) => {
      const session = await context.loaders.storefrontSessionByBooking.load(booking.id);
      if (!session) throw notFound('Storefront session', booking.id);
      return session.maxHoldUntil;
    },
    total: (booking) => money(booking.sellAmountCents, booking.sellCurrency),
    pricingComplete: async (booking, _args, context) => (await context.loaders.itemsByBooking.load(booking.id)).every(itemPriced),
    contact: (booking) => (booking.contactFirstName || booking.contactLastName || booking.contactEmail || booking.contactPhone ? booking : null),
    travelers: (booking, _args, context) => context.loaders.travelersByBooking.load(booking.id),
    items: (booking, _args, context) => context.loaders.itemsByBooking.load(booking.id),
    wizardState: (booking, _args, context) => context.loaders.wizardStateByBooking.load(booking.id),
    checklist: async (booking, _args, context) => {
      const [items, travelers] = await Promise.all([context.loaders.itemsByBooking.load(booking.id), context.loaders.travelersByBooking.load(booking.id)]);
      return sessionChecklist(booking, items, travelers, context.clock.now());
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

/** Like src/resolvers/results.ts: the generated union resolver types cannot see our outcome objects' names. */
export const storefrontResultResolvers = {
  StartStorefrontSessionResult: resultOf('StartStorefrontSessionPayload'),
  UpdateStorefrontSessionResult: resultOf('StorefrontSession'),
  UpdateSessionWizardStateResult: resultOf('StorefrontSession'),
  QuoteStorefrontSessionResult: resultOf('StorefrontQuote'),
  RepriceStorefrontSessionResult: resultOf('StorefrontSession'),
  ConfirmStorefrontSessionResult: resultOf('StorefrontSession'),
  AbandonStorefrontSessionResult: resultOf('StorefrontSession'),
} as Resolvers;
