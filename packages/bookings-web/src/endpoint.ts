/** Same origin by default: `vite` and `vite preview` forward /graphql to the gateway. */
export const GRAPHQL_URL: string = import.meta.env.VITE_BOOKINGS_GRAPHQL_URL ?? '/graphql';
