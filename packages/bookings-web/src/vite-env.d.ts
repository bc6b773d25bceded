/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The GraphQL endpoint; defaults to /graphql on the app's own origin. */
  readonly VITE_BOOKINGS_GRAPHQL_URL?: string;
}
