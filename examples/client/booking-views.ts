/**
 * A front end's use of the generated operation types. It exists to be compiled: when a schema
 * change alters what these operations return (a field removed, made nullable, renamed), `npm run
 * codegen` regenerates the types and `npm run typecheck` fails here, as it would in a real client.
 */
import type {
  BookingDetailsQuery,
  ConfirmBookingMutation,
  PersonBookingsQuery,
  QuoteVersionBookingQuery,
} from './generated/operations';

type Money = { amountCents: number; currency: string };

export const formatMoney = (money: Money): string => `${(money.amountCents / 100).toFixed(2)} ${money.currency}`;

/** One line per booking on a person's page, newest first as the API returns them. */
export function personBookingLines(data: PersonBookingsQuery): string[] {
  if (!data.person) return [];
  const { name, bookings } = data.person;
  return bookings.edges.map(({ node }) => {
    const items = node.items.map((item) => `${item.quantity}× ${item.title}`).join(', ');
    return (
      `${name}: ${node.bookingNumber} (${node.status}) ` +
      `${formatMoney(node.sellAmount)}${items ? ` — ${items}` : ''}`
    );
  });
}

/** The heading of a booking page: who bought it and which quote it came from. */
export function bookingHeadline(data: BookingDetailsQuery): string | null {
  const { booking } = data;
  if (!booking) return null;
  const buyer = booking.person?.name ?? booking.organization?.name ?? 'unknown buyer';
  const version = booking.origin?.quoteVersion;
  const quote = version ? `, from "${version.quote.title}" v${version.versionNumber}` : '';
  return `${booking.bookingNumber} for ${buyer}${quote}`;
}

/** Travelers whose profile asks for care, so staff can prepare. */
export function travelersNeedingCare(data: BookingDetailsQuery): string[] {
  return (data.booking?.travelers ?? []).flatMap((traveler) => {
    const needs = [traveler.person?.dietaryRequirements, traveler.person?.accessibilityNeeds].filter(
      (need): need is string => Boolean(need),
    );
    return needs.length > 0 ? [`${traveler.firstName} ${traveler.lastName}: ${needs.join('; ')}`] : [];
  });
}

export function quoteVersionBookingLine(data: QuoteVersionBookingQuery): string | null {
  const version = data.quoteVersion;
  if (!version) return null;
  const booked = version.booking ? `booked as ${version.booking.bookingNumber}` : 'not booked';
  return (
    `"${version.quote.title}" v${version.versionNumber} (${version.status}): ${booked}; ` +
    `${version.quote.bookings.totalCount} booking(s) from this quote`
  );
}

/** Result unions grow: a client answers the members it knows and stays polite about the rest. */
export function confirmationMessage(result: ConfirmBookingMutation['transitionBooking']): string {
  switch (result.__typename) {
    case 'Booking':
      return `Confirmed (version ${result.version})`;
    case 'BookingTransitionError':
      return `Cannot confirm a booking that is ${result.from}`;
    case 'VersionConflictError':
      return `Someone changed this booking (now version ${result.actualVersion}); reload and try again`;
    default:
      return 'The booking could not be confirmed';
  }
}
