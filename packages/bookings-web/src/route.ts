import { useEffect, useState } from 'react';

/** Where the app is, from the URL hash: no router dependency for a handful of screens. */
export type Route =
  | { screen: 'bookings' }
  | { screen: 'booking'; id: string }
  | { screen: 'book' }
  | { screen: 'book-session'; sessionId: string };

export function parseRoute(hash: string): Route {
  const session = /^#\/book\/([^/?#]+)/.exec(hash);
  if (session?.[1]) return { screen: 'book-session', sessionId: decodeURIComponent(session[1]) };
  if (/^#\/book\/?$/.test(hash)) return { screen: 'book' };
  const match = /^#\/bookings\/([^/?#]+)/.exec(hash);
  return match?.[1] ? { screen: 'booking', id: decodeURIComponent(match[1]) } : { screen: 'bookings' };
}

/** Whether the route belongs to the storefront, which a customer opens without signing in. */
export function isStorefrontRoute(route: Route): route is Extract<Route, { screen: 'book' | 'book-session' }> {
  return route.screen === 'book' || route.screen === 'book-session';
}

/** The customer's journey for one storefront session: reloading the tab lands on the same step. */
export function bookingSessionHref(sessionId: string): string {
  return `#/book/${encodeURIComponent(sessionId)}`;
}

export function bookingHref(id: string): string {
  return `#/bookings/${encodeURIComponent(id)}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
