import type { PrincipalType } from '../domain/vocabulary';
import { SCOPES, scopeGranted, type Scope } from './scopes';

export interface Principal {
  id: string;
  type: PrincipalType;
  scopes: ReadonlySet<string>;
}

export const hasScope = (principal: Principal | null, scope: Scope): boolean =>
  principal !== null && scopeGranted(principal.scopes, scope);

/** Cron jobs and background workflows act inside the trust boundary. */
export const isInternalPrincipal = (principal: Principal | null): boolean =>
  principal !== null && (principal.type === 'system' || principal.type === 'workflow');

/** Searching by names, emails or phones would reveal masked data to callers who may not see it. */
export const canSearchPersonalData = (principal: Principal | null): boolean =>
  hasScope(principal, SCOPES.piiRead) || isInternalPrincipal(principal);
