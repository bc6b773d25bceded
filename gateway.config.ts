/**
 * Hive Gateway configuration. The `hive-gateway supergraph` CLI (and its container image) reads
 * `gatewayConfig` from this file in its working directory; tests build the same config with
 * `bookingsGatewayConfig`. Only type imports here: the gateway image has none of this project's packages.
 */
import type { GatewayConfigSupergraph } from '@graphql-hive/gateway-runtime';

/**
 * Client headers the subgraphs verify themselves; the gateway carries them on unchanged. The
 * Authorization bearer token identifies the caller; Checkout-Capability is a capability a storefront
 * hands a buyer for one checkout.
 */
export const FORWARDED_CLIENT_HEADERS = ['authorization', 'checkout-capability'] as const;

export interface BookingsGatewayOptions {
  /** The supergraph: SDL, or a path or URL to it. */
  supergraph: string;
  /** Sent to the bookings subgraph as `router-authorization` (its ROUTER_SECRET), when set. */
  routerSecret?: string;
}

export function bookingsGatewayConfig(options: BookingsGatewayOptions): GatewayConfigSupergraph {
  return {
    supergraph: options.supergraph,
    // Unexpected errors reach clients as "Unexpected error." without subgraph URLs or stack traces.
    maskedErrors: true,
    propagateHeaders: {
      fromClientToSubgraphs: ({ request, subgraphName }) => {
        const headers: Record<string, string | null> = {};
        for (const name of FORWARDED_CLIENT_HEADERS) headers[name] = request.headers.get(name);
        if (options.routerSecret && subgraphName === 'bookings') headers['router-authorization'] = options.routerSecret;
        return headers;
      },
    },
  };
}

export const gatewayConfig = bookingsGatewayConfig({
  supergraph: process.env.SUPERGRAPH_FILE ?? './supergraph.graphql',
  routerSecret: process.env.ROUTER_SECRET || undefined,
});
