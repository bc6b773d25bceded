import { useEffect, useState } from 'react';

/** Where the app is, from the URL hash: no router dependency for two screens. */
export type Route = { screen: 'bookings' } | { screen: 'booking'; id: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/bookings\/([^/?#]+)/.exec(hash);
  return match?.[1] ? { screen: 'booking', id: decodeURIComponent(match[1]) } : { screen: 'bookings' };
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
