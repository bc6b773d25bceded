import type { PiiService } from '../pii/pii-service';
import type { PiiScope } from '../pii/pii-scope';
import type { ServiceScope } from '../services/actor';
import type { StorefrontConfig } from '../storefront-config';
import type { StorefrontPorts } from './ports';

/** What storefront services need besides a service scope: their limits, ports and the PII service. */
export interface StorefrontScope extends ServiceScope {
  storefront: StorefrontConfig;
  ports: StorefrontPorts;
  pii: PiiService;
  piiScope: PiiScope;
  /** Whether confirm needs every required answer (REQUIREMENTS_ENFORCE_ON_CONFIRM is not `off`). */
  requirementsEnforced: boolean;
}
