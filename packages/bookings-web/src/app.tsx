import { useMemo, useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BookingsClientProvider, createBookingsClient } from '@bookings/react';
import { BookingDetail } from './admin/booking-detail';
import { BookingList } from './admin/booking-list';
import { GRAPHQL_URL } from './endpoint';
import { isStorefrontRoute, useRoute } from './route';
import { storedSession, sessionFromToken, storeToken, type Session } from './session';
import { SignIn } from './sign-in';
import { Storefront } from './storefront/storefront';

export function App() {
  const route = useRoute();
  // A customer books without signing in: the storefront has its own client, with the shop's publishable key.
  if (isStorefrontRoute(route)) return <Storefront route={route} />;
  return <Admin />;
}

function Admin() {
  const [session, setSession] = useState<Session | null>(() => storedSession());
  const signIn = (token: string) => {
    const next = sessionFromToken(token);
    if (!next) return false;
    storeToken(token);
    setSession(next);
    return true;
  };
  const signOut = () => {
    storeToken(null);
    setSession(null);
  };
  if (!session) return <SignIn onToken={signIn} />;
  // A new client and cache per caller: nothing one caller read is shown to the next.
  return <SignedIn key={session.token} session={session} onSignOut={signOut} />;
}

function SignedIn({ session, onSignOut }: { session: Session; onSignOut: () => void }) {
  const queryClient = useMemo(
    () => new QueryClient({ defaultOptions: { queries: { retry: 1, staleTime: 5_000 } } }),
    [],
  );
  const client = useMemo(
    () => createBookingsClient({ url: GRAPHQL_URL, getToken: () => session.token }),
    [session.token],
  );
  const route = useRoute();
  return (
    <QueryClientProvider client={queryClient}>
      <BookingsClientProvider client={client}>
        <header>
          <a href="#/bookings">Bookings admin</a>
          <span>
            Signed in as <strong data-testid="subject">{session.subject}</strong>{' '}
            <button type="button" onClick={onSignOut}>
              Sign out
            </button>
          </span>
        </header>
        <main>{route.screen === 'booking' ? <BookingDetail id={route.id} session={session} /> : <BookingList />}</main>
      </BookingsClientProvider>
    </QueryClientProvider>
  );
}
