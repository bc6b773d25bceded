import { z } from 'zod';
import type { ExternalReservationPort, ExternalReservationPorts } from './external-reservation-port';
import { callSagaPort, type RemoteSubgraph } from './saga-port-call';
import { PortFailure } from './port-failure';
import type { SupplierReversalPort } from './supplier-reversal-port';

const RESERVE = `mutation BookingsReserveExternalHold($input: ReserveExternalHoldInput!) {
  reserveExternalHold(input: $input) { providerRef holdExpiresAt }
}`;
const RELEASE = `mutation BookingsReleaseExternalHold($input: ReleaseExternalHoldInput!) {
  releaseExternalHold(input: $input)
}`;
const REVERSE = `mutation BookingsReverseSupplierServices($input: ReverseSupplierServicesInput!) {
  reverseSupplierServices(input: $input) { reversed }
}`;

function parsed<T>(schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new PortFailure('PROVIDER_UNAVAILABLE', 'the connectors answered in an unexpected shape');
  return result.data;
}

/**
 * Every provider through the connectors subgraph (CONNECTORS_URL; examples/supergraph/connectors):
 * it refuses providers it does not know with PROVIDER_REJECTED.
 */
export function federatedExternalReservations(remote: RemoteSubgraph): ExternalReservationPorts {
  const adapter: ExternalReservationPort = {
    async reserve(request) {
      const input = { ...request, startsAt: request.startsAt?.toISOString() ?? null };
      const data = await callSagaPort(remote, `provider ${request.provider}`, RESERVE, { input });
      const hold = parsed(
        z.object({ reserveExternalHold: z.object({ providerRef: z.string(), holdExpiresAt: z.string().nullable() }) }),
        data,
      ).reserveExternalHold;
      return { providerRef: hold.providerRef, holdExpiresAt: hold.holdExpiresAt ? new Date(hold.holdExpiresAt) : null };
    },
    async release(request) {
      await callSagaPort(remote, `provider ${request.provider}`, RELEASE, { input: request });
    },
  };
  return { forProvider: () => adapter };
}

export function federatedSupplierReversal(remote: RemoteSubgraph): SupplierReversalPort {
  return {
    async reverse(request) {
      const data = await callSagaPort(remote, 'supplier reversal', REVERSE, { input: request });
      return parsed(z.object({ reverseSupplierServices: z.object({ reversed: z.array(z.string()) }) }), data)
        .reverseSupplierServices;
    },
  };
}
