import DataLoader from 'dataloader';
import type { LoaderDeps } from '../loaders/lazy-loaders';
import type { StorefrontSessionRow, WizardStateRow } from './storefront-rows';

/** One `= any($1)` statement per batch, like every other loader; a booking that is not a session is null. */
export const storefrontLoaderFactories = {
  storefrontSessionByBooking: ({ read, counter }: LoaderDeps) =>
    new DataLoader<string, StorefrontSessionRow | null>(async (bookingIds) => {
      const rows = await read.rows<StorefrontSessionRow>(
        counter,
        'BookingStorefrontSession',
        't',
        `select ${read.columns('BookingStorefrontSession', 't')} from "booking_storefront_sessions" t where ` +
          `t."booking_id" = any($1)`,
        [bookingIds],
      );
      const byBooking = new Map(rows.map((row) => [row.booking, row]));
      return bookingIds.map((id) => byBooking.get(id) ?? null);
    }),
  wizardStateByBooking: ({ read, counter }: LoaderDeps) =>
    new DataLoader<string, WizardStateRow | null>(async (bookingIds) => {
      const rows = await read.rows<WizardStateRow>(
        counter,
        'BookingSessionState',
        't',
        `select ${read.columns('BookingSessionState', 't')} from "booking_session_states" t
         where t."booking_id" = any($1) and t."state_key" = 'wizard'`,
        [bookingIds],
      );
      const byBooking = new Map(rows.map((row) => [row.booking, row]));
      return bookingIds.map((id) => byBooking.get(id) ?? null);
    }),
};
