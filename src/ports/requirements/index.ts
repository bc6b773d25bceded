import type { Config } from '../../config';
import { RequirementsUnavailable, type RequirementsPort } from '../requirements-port';
import type { SystemTokenSource } from '../system-token';
import { federatedRequirements } from './federated-requirements';

export { federatedRequirements, type FederatedRequirementsOptions } from './federated-requirements';
export { InProcessRequirements, type RequirementsFault } from './in-process-requirements';

/** Answers every call with `RequirementsUnavailable('not_configured')`: enforcement fails closed. */
export const unconfiguredRequirements: RequirementsPort = {
  questionnaires: (optionIds) =>
    optionIds.length === 0 ? Promise.resolve([]) : Promise.reject(new RequirementsUnavailable('not_configured')),
};

/** The federated port at CATALOG_URL, or one that is always unavailable without it. */
export function requirementsPortFromConfig(
  config: Pick<Config, 'catalogUrl' | 'portTimeoutMs'>,
  systemToken?: SystemTokenSource,
): RequirementsPort {
  if (!config.catalogUrl) return unconfiguredRequirements;
  return federatedRequirements({ url: config.catalogUrl, timeoutMs: config.portTimeoutMs, systemToken });
}
