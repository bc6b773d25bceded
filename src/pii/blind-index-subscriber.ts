import type { EntityName, EventArgs, EventSubscriber } from '@mikro-orm/core';
import { Booking } from '../entities/booking.entity';
import { BookingTraveler } from '../entities/booking-traveler.entity';
import type { BlindIndex } from './blind-index';

type Indexed = Booking | BookingTraveler;

const CONTACT_FIELDS: readonly string[] = ['contactFirstName', 'contactLastName', 'contactEmail', 'contactPhone'];
const TRAVELER_FIELDS: readonly string[] = ['firstName', 'lastName'];

/**
 * Keeps `piiDigests` in step with the personal data it indexes on every write through the ORM,
 * whichever service makes it: a digest one path forgot would make a booking unfindable.
 */
export class BlindIndexSubscriber implements EventSubscriber<Indexed> {
  constructor(private readonly index: BlindIndex) {}

  getSubscribedEntities(): EntityName<Indexed>[] {
    return [Booking.meta.className, BookingTraveler.meta.className];
  }

  beforeCreate(args: EventArgs<Indexed>): void {
    this.refresh(args);
  }

  beforeUpdate(args: EventArgs<Indexed>): void {
    const sources = args.meta.className === Booking.meta.className ? CONTACT_FIELDS : TRAVELER_FIELDS;
    if (Object.keys(args.changeSet?.payload ?? {}).some((field) => sources.includes(field))) this.refresh(args);
  }

  private refresh({ entity, meta }: EventArgs<Indexed>): void {
    entity.piiDigests =
      meta.className === Booking.meta.className
        ? this.index.contactDigests(entity as Booking)
        : this.index.travelerDigests(entity as BookingTraveler);
  }
}
