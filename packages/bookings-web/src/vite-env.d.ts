/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The GraphQL endpoint; defaults to /graphql on the app's own origin. */
  readonly VITE_BOOKINGS_GRAPHQL_URL?: string;
  /** The storefront's publishable key (a token with only bookings:storefront): it may start sessions. */
  readonly VITE_BOOKINGS_STOREFRONT_KEY?: string;
  /** The departures on sale, a JSON array (src/storefront/offer.ts). */
  readonly VITE_STOREFRONT_DEPARTURES?: string;
}
