import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { columnChoice, type ColumnChoice, type PropertySelection, type ReadModel } from '../read/sql';
import type { BookingPageShape } from '../read/booking-search';
import { childFields, fieldsAt, fieldsOnType } from './lookahead';

type Info = Pick<GraphQLResolveInfo, 'fragments'>;

/**
 * What each field of a type read straight from a table needs of its row, where that is not the
 * property of the field's own name. `[]`: nothing beyond the row's key (the field loads by id).
 * A field found neither here nor among the entity's properties makes the whole row be read:
 * a field added later without an entry here costs columns, never a wrong null.
 */
const FIELD_NEEDS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  Booking: {
    __typename: [],
    allowedTransitions: ['status'],
    sellAmount: ['sellAmountCents', 'sellCurrency'],
    costAmount: ['costAmountCents', 'costCurrency'],
    person: ['personId'],
    organization: ['organizationId'],
    items: [],
    travelers: [],
    origin: [],
    notes: [],
    supplierStatuses: [],
    activity: [],
    actionLedger: [],
    allocations: [],
    fulfillments: [],
    redemptions: [],
  },
  BookingItem: {
    __typename: [],
    unitSellAmount: ['unitSellAmountCents', 'sellCurrency'],
    totalSellAmount: ['totalSellAmountCents', 'sellCurrency'],
    unitCostAmount: ['unitCostAmountCents', 'costCurrency'],
    totalCostAmount: ['totalCostAmountCents', 'costCurrency'],
    travelers: [],
    allocations: [],
  },
  BookingTraveler: { __typename: [], person: ['personId'], items: [], travelDetails: [] },
  BookingOrigin: { __typename: [], quoteVersion: ['originSource', 'quoteVersionId'] },
};

/** Always read: the key, and the owner a nested row's resolvers and @pii audit subjects name. */
const ALWAYS: Readonly<Record<string, readonly string[]>> = {
  Booking: ['id'],
  BookingItem: ['id', 'booking'],
  BookingTraveler: ['id', 'booking'],
  BookingOrigin: ['booking'],
};

/** `contact { email }` reads `contactEmail`: the contact is a view of the booking row. */
const contactProperty = (field: string): string => `contact${field.charAt(0).toUpperCase()}${field.slice(1)}`;

/** The properties of `entityName` that the selected `fields` read, or `null` for all of them. */
export function propertiesFor(
  read: ReadModel,
  info: Info,
  entityName: string,
  fields: Map<string, FieldNode[]>,
): PropertySelection {
  const needs = FIELD_NEEDS[entityName] ?? {};
  const properties = new Set<string>(ALWAYS[entityName] ?? []);
  for (const [field, nodes] of fields) {
    const needed = needs[field];
    if (needed) for (const property of needed) properties.add(property);
    else if (entityName === 'Booking' && field === 'contact') {
      for (const contactField of childFields(info, nodes).keys()) {
        if (contactField === '__typename') continue;
        const property = contactProperty(contactField);
        if (!read.hasProperty('Booking', property)) return null;
        properties.add(property);
      }
    } else if (read.hasProperty(entityName, field)) properties.add(field);
    else return null;
  }
  return properties;
}

/**
 * The shape of a root `bookings` page as the operation selects it: which booking columns, whether
 * the total is counted, and which parts (items, travelers, origin) come in the page's statement.
 */
export function bookingPageShape(read: ReadModel, info: GraphQLResolveInfo): BookingPageShape {
  const connection = childFields(info, info.fieldNodes);
  const node = fieldsAt(info, info.fieldNodes, ['edges', 'node']);
  const part = (field: string, entityName: string): PropertySelection | undefined => {
    const nodes = node.get(field);
    return nodes ? propertiesFor(read, info, entityName, childFields(info, nodes)) : undefined;
  };
  return {
    totalCount: connection.has('totalCount'),
    rows: connection.has('edges') || connection.has('pageInfo'),
    booking: propertiesFor(read, info, 'Booking', node),
    items: part('items', 'BookingItem'),
    travelers: part('travelers', 'BookingTraveler'),
    origin: part('origin', 'BookingOrigin'),
  };
}

/** Per `_entities` field node list (one per operation document, kept by the document cache). */
const referenceChoices = new WeakMap<readonly FieldNode[], Map<string, ColumnChoice>>();

/**
 * The columns of `entityName` that an `_entities` selection reads, worked out once for all the
 * representations of one operation rather than once per representation.
 */
export function referenceColumns(read: ReadModel, info: GraphQLResolveInfo, entityName: string): ColumnChoice {
  let choices = referenceChoices.get(info.fieldNodes);
  if (!choices) {
    choices = new Map();
    referenceChoices.set(info.fieldNodes, choices);
  }
  let choice = choices.get(entityName);
  if (!choice) {
    choice = columnChoice(propertiesFor(read, info, entityName, fieldsOnType(info, info.fieldNodes, entityName)));
    choices.set(entityName, choice);
  }
  return choice;
}
