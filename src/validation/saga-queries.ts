import { z } from 'zod';
import { SAGA_KINDS, SAGA_STATUSES } from '../domain/saga-vocabulary';
import { pageArgs } from './booking-queries';
import { typeId } from './fields';

export const sagaIdInput = z.object({ id: typeId('bksg') });

export const sagasArgs = pageArgs.extend({
  filter: z
    .object({
      kind: z.enum(SAGA_KINDS).nullish(),
      status: z.enum(SAGA_STATUSES).nullish(),
      bookingId: typeId('book').nullish(),
    })
    .nullish(),
});

export const reservationPlansArgs = pageArgs.extend({
  filter: z.object({ status: z.enum(SAGA_STATUSES).nullish(), bookingId: typeId('book').nullish() }).nullish(),
});
