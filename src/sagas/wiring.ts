import type { Logger } from 'pino';
import type { Config } from '../config';
import { federatedExternalReservations, federatedSupplierReversal } from '../ports/connectors-federated';
import { federatedFinance } from '../ports/finance-federated';
import { NO_SAGA_PORTS, type SagaHooks, type SagaPorts, type SagaRuntime } from './runtime';

/** What an embedder (or a test) may put in place of the configured ports. */
export interface SagaOptions {
  ports?: Partial<SagaPorts>;
  hooks?: SagaHooks;
}

/** The saga runtime from FINANCE_URL / CONNECTORS_URL, with any given ports and hooks in their place. */
export function createSagaRuntime(config: Config, logger: Logger, options: SagaOptions = {}): SagaRuntime {
  const { financeUrl, connectorsUrl, leaseSeconds } = config.sagas;
  // PORT_TIMEOUT_MS: how long a port call may take before its step fails with TIMEOUT.
  const timeoutMs = config.portTimeoutMs;
  const configured: SagaPorts = {
    finance: financeUrl ? federatedFinance({ url: financeUrl, timeoutMs }) : null,
    supplierReversal: connectorsUrl ? federatedSupplierReversal({ url: connectorsUrl, timeoutMs }) : null,
    externalReservations: connectorsUrl
      ? federatedExternalReservations({ url: connectorsUrl, timeoutMs })
      : NO_SAGA_PORTS.externalReservations,
  };
  return { ports: { ...configured, ...options.ports }, hooks: options.hooks ?? {}, leaseSeconds, logger };
}
