import { useMemo } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BookingsClientProvider, createBookingsClient, createCheckoutCapabilityStore } from '@bookings/react';
import { GRAPHQL_URL } from '../endpoint';
import type { Route } from '../route';
import { Journey } from './journey-view';
import { OfferConfigError, parseDepartures, type OfferedDeparture } from './offer';
import { PickDeparture } from './pick-departure';

const STOREFRONT_KEY = import.meta.env.VITE_BOOKINGS_STOREFRONT_KEY;

function loadDepartures(): OfferedDeparture[] | OfferConfigError {
  try {
    return parseDepartures(import.meta.env.VITE_STOREFRONT_DEPARTURES);
  } catch (error) {
    if (error instanceof OfferConfigError) return error;
    throw error;
  }
}

/**
 * The customer's side: the shop's publishable key as the bearer token (it can only start sessions), and each
 * session's checkout capability kept in sessionStorage, so a reload of the tab continues the same booking.
 */
export function Storefront({ route }: { route: Extract<Route, { screen: 'book' | 'book-session' }> }) {
  const queryClient = useMemo(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }), []);
  const client = useMemo(
    () =>
      createBookingsClient({
        url: GRAPHQL_URL,
        getToken: () => STOREFRONT_KEY,
        checkoutCapabilities: createCheckoutCapabilityStore({ storage: sessionStorage }),
      }),
    [],
  );
  const departures = useMemo(loadDepartures, []);
  return (
    <QueryClientProvider client={queryClient}>
      <BookingsClientProvider client={client}>
        <header>
          <a href="#/book">Book a tour</a>
        </header>
        <main className="storefront">
          {departures instanceof OfferConfigError ? (
            <p role="alert">The shop is misconfigured: {departures.message}</p>
          ) : route.screen === 'book-session' ? (
            <Journey key={route.sessionId} sessionId={route.sessionId} departures={departures} />
          ) : (
            <PickDeparture departures={departures} />
          )}
        </main>
      </BookingsClientProvider>
    </QueryClientProvider>
  );
}
