import type { Logger } from 'pino';
import type { Clock } from '../clock';
import type { Config } from '../config';
import { instrumentedKms } from '../observability/instrumented-kms';
import type { AppMetrics } from '../observability/metrics';
import type { PiiAuditHook } from '../pii/audit';
import { AwsKmsProvider } from '../pii/kms/aws-kms-provider';
import type { KmsProvider } from '../pii/kms/kms-provider';
import { createKmsProvider } from '../pii/kms/provider-from-config';
import { relationshipsSnapshotSource, type PersonSnapshotSource } from '../pii/person-snapshot';
import { createPiiService, type PiiService } from '../pii/pii-service';

/** What the app's PII service is built from; each override replaces what the configuration selects. */
export interface PiiWiring {
  config: Config;
  clock: Clock;
  logger: Logger;
  metrics: AppMetrics | null;
  kms?: KmsProvider;
  onAudit?: PiiAuditHook;
  personSnapshots?: PersonSnapshotSource;
}

/** The PII service over the selected KMS, and how to let go of both at shutdown. */
export function wirePii(wiring: PiiWiring): { pii: PiiService; close: () => void } {
  const { config, clock, logger, metrics } = wiring;
  const ownsKms = wiring.kms === undefined;
  const kms = wiring.kms ?? createKmsProvider(config);
  const snapshots =
    wiring.personSnapshots ??
    (config.relationshipsUrl ? relationshipsSnapshotSource({ url: config.relationshipsUrl }) : null);
  const pii = createPiiService({
    kms: metrics ? instrumentedKms(kms, metrics) : kms,
    cacheSeconds: config.piiDataKeyCacheSeconds,
    clock,
    logger,
    snapshots,
    onAudit: wiring.onAudit,
  });
  return {
    pii,
    close: () => {
      pii.close();
      // A KMS handed in by the caller is the caller's to close.
      if (ownsKms && kms instanceof AwsKmsProvider) kms.destroy();
    },
  };
}
