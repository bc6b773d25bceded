import { outcomeMessage, type Typed } from '@bookings/react';
import type { Notice } from './notice';

/**
 * What a refused wizard write tells the buyer. On a version conflict the hooks have already reloaded the
 * session, so the form shows what the other tab wrote and the buyer can send again.
 */
export function refusedWrite(result: Typed): Notice {
  if (result.__typename === 'VersionConflictError')
    return { kind: 'refused', text: 'This booking changed in another tab: it was reloaded, check it and send again.' };
  return { kind: 'refused', text: outcomeMessage(result) };
}
