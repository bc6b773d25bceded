import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { BookingsClient } from './client';

const BookingsClientContext = createContext<BookingsClient | null>(null);

/** Makes a client available to the hooks below it; a TanStack QueryClientProvider must wrap it too. */
export function BookingsClientProvider(props: { client: BookingsClient; children?: ReactNode }): ReactNode {
  return createElement(BookingsClientContext.Provider, { value: props.client }, props.children);
}

/** The client of the nearest BookingsClientProvider. */
export function useBookingsClient(): BookingsClient {
  const client = useContext(BookingsClientContext);
  if (!client) throw new Error('useBookingsClient: wrap the component in <BookingsClientProvider client={…}>');
  return client;
}
