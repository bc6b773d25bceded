/** Fixed example data for the catalog subgraph; tests refer to these ids. Amounts in euro cents. */
import type {
  BookingQuestionFieldType,
  BookingQuestionTarget,
  ContactRequirement,
  QuestionTrigger,
  RequirementMode,
} from '../../../src/ports/requirements-port';
import type { PricingMode, PriceTier } from '../../../src/ports/pricing-port';

export interface CatalogRecord {
  id: string;
  name: string;
  public: boolean;
  active: boolean;
  /** The one public catalog that answers when a request names none, or one it may not use. */
  isDefault: boolean;
}

export interface ProductRecord {
  id: string;
  name: string;
  defaultOptionId: string;
}

export interface OptionRecord {
  id: string;
  productId: string;
  name: string;
}

export interface UnitRateRecord {
  id: string;
  unitId: string;
  unitName: string | null;
  unitType: string | null;
  pricingCategoryId: string | null;
  pricingMode: PricingMode;
  sellAmountCents: number | null;
  minQuantity: number | null;
  maxQuantity: number | null;
  occupancyMin: number | null;
  occupancyMax: number | null;
  tiers: PriceTier[];
}

/** A price rule of one option in one catalog; its id is also the id of the rate card it makes. */
export interface PriceRuleRecord {
  id: string;
  rateCardId: string;
  catalogId: string;
  optionId: string;
  isDefault: boolean;
  currency: string;
  pricingMode: PricingMode;
  baseSellAmountCents: number | null;
  validUntil: string | null;
  unitRates: UnitRateRecord[];
}

/** A departure's own unit amount under a rule: replaces the amount of the rates listed, and their tiers. */
export interface DepartureOverrideRecord {
  rateCardId: string;
  departureId: string;
  ruleId: string;
  /** Null: every unit rate of the rule. */
  unitRateId: string | null;
  sellAmountCents: number;
}

export interface QuestionRecord {
  id: string;
  productId: string;
  label: string;
  fieldType: BookingQuestionFieldType;
  target: BookingQuestionTarget;
  isRequired: boolean;
  /** Per option: its override of `isRequired`. */
  optionOverrides: Readonly<Record<string, RequirementMode>>;
  options: { value: string; label: string }[];
  triggers: QuestionTrigger[];
  /** Set on the question whose answer tells the driver where to collect the party (the transport summary). */
  pickupLocation?: true;
}

export interface ContactRequirementRecord extends ContactRequirement {
  productId: string;
}

export const PUBLIC_CATALOG: CatalogRecord = {
  id: 'cat_01m8y5kxe4eh3angpxnm4bge6v',
  name: 'Web shop',
  public: true,
  active: true,
  isDefault: true,
};
export const SUMMER_CATALOG: CatalogRecord = {
  id: 'cat_01m8y5kxfaeh3angq3bqz6gp99',
  name: 'Summer campaign',
  public: true,
  active: true,
  isDefault: false,
};
export const AGENT_CATALOG: CatalogRecord = {
  id: 'cat_01m8y5kxfaeh3angqdbfdfyk9m',
  name: 'Travel agents (net rates)',
  public: false,
  active: true,
  isDefault: false,
};
export const RETIRED_CATALOG: CatalogRecord = {
  id: 'cat_01m8y5kxfaeh3angqdbfdfyk9n',
  name: 'Winter 2025 (retired)',
  public: true,
  active: false,
  isDefault: false,
};

export const ALPS_DAY_TOUR: ProductRecord = {
  id: 'prod_01m8y5kxfaeh3angqmdhjer6st',
  name: 'Alps day tour',
  defaultOptionId: 'popt_01m8y5kxfaeh3angr4mqmps53f',
};
export const DANUBE_CRUISE: ProductRecord = {
  id: 'prod_01m8y5kxfaeh3angqy3674e74f',
  name: 'Danube river cruise',
  defaultOptionId: 'popt_01m8y5kxfaeh3angrj16phss2d',
};
/** Sold only through the agent catalog: not publicly sellable. */
export const AGENT_ONLY_TRANSFER: ProductRecord = {
  id: 'prod_01m8y5kxfgeh3angxr1myzk9db',
  name: 'Airport transfer (agents only)',
  defaultOptionId: 'popt_01m8y5kxfaeh3angrj16phss2e',
};
/** An extra (a T-shirt) other lines may add; it triggers a question. */
export const TOUR_T_SHIRT_ID = 'prod_01m8y5kxfaeh3angqy3674e74g';

export const MORNING_TOUR: OptionRecord = {
  id: ALPS_DAY_TOUR.defaultOptionId,
  productId: ALPS_DAY_TOUR.id,
  name: 'Morning departure',
};
export const PRIVATE_TOUR: OptionRecord = {
  id: 'popt_01m8y5kxfaeh3angrcss1wq8sv',
  productId: ALPS_DAY_TOUR.id,
  name: 'Private group',
};
export const DOUBLE_CABIN: OptionRecord = {
  id: DANUBE_CRUISE.defaultOptionId,
  productId: DANUBE_CRUISE.id,
  name: 'Double cabin',
};
export const CHARTER: OptionRecord = {
  id: 'popt_01m8y5kxfaeh3angrj16phss2f',
  productId: DANUBE_CRUISE.id,
  name: 'Whole-ship charter',
};
export const TRANSFER: OptionRecord = {
  id: AGENT_ONLY_TRANSFER.defaultOptionId,
  productId: AGENT_ONLY_TRANSFER.id,
  name: 'Sedan',
};

export const ADULT_UNIT_ID = 'punit_01m8y5kxfaeh3angrvf3h7swcz';
export const CHILD_UNIT_ID = 'punit_01m8y5kxfbeh3angs7hj4yczqc';
export const CABIN_UNIT_ID = 'punit_01m8y5kxfbeh3angs9ze86hh66';
export const EARLY_BIRD_CATEGORY_ID = 'pcat_01m8y5kxfbeh3angspcqkbpa6z';

export const MAY_FIRST_DEPARTURE_ID = 'dep_01m8y5kxfgeh3angw9d54mbvhs';
export const MAY_SECOND_DEPARTURE_ID = 'dep_01m8y5kxfgeh3angwmkqxtn5qg';

const rate = (fields: Partial<UnitRateRecord> & Pick<UnitRateRecord, 'id' | 'unitId'>): UnitRateRecord => ({
  unitName: null,
  unitType: null,
  pricingCategoryId: null,
  pricingMode: 'PER_PERSON',
  sellAmountCents: null,
  minQuantity: null,
  maxQuantity: null,
  occupancyMin: null,
  occupancyMax: null,
  tiers: [],
  ...fields,
});

/** Two adults on the morning tour cost 50 000 cents in the web shop; six or more get the group price. */
export const MORNING_TOUR_PUBLIC_RULE: PriceRuleRecord = {
  id: 'prule_01m8y5kxffeh3angsxm1n5chaj',
  rateCardId: 'rcard_01m8y5kxfgeh3angw55sqzwv84',
  catalogId: PUBLIC_CATALOG.id,
  optionId: MORNING_TOUR.id,
  isDefault: true,
  currency: 'EUR',
  pricingMode: 'PER_PERSON',
  baseSellAmountCents: null,
  validUntil: null,
  unitRates: [
    rate({
      id: 'urate_01m8y5kxffeh3angtyft8e5z95',
      unitId: ADULT_UNIT_ID,
      unitName: 'Adult',
      unitType: 'person',
      sellAmountCents: 25_000,
      tiers: [
        { minQuantity: 1, maxQuantity: 5, sellAmountCents: 25_000 },
        { minQuantity: 6, maxQuantity: null, sellAmountCents: 22_000 },
      ],
    }),
    rate({
      id: 'urate_01m8y5kxffeh3angv5kxc42rhy',
      unitId: ADULT_UNIT_ID,
      unitName: 'Adult',
      unitType: 'person',
      pricingCategoryId: EARLY_BIRD_CATEGORY_ID,
      sellAmountCents: 21_000,
    }),
    rate({
      id: 'urate_01m8y5kxffeh3angvcacf8nzfs',
      unitId: CHILD_UNIT_ID,
      unitName: 'Child',
      unitType: 'person',
      sellAmountCents: 12_000,
      maxQuantity: 4,
    }),
  ],
};

/** The summer campaign sells the same tour cheaper, and only until the end of August. */
export const MORNING_TOUR_SUMMER_RULE: PriceRuleRecord = {
  id: 'prule_01m8y5kxffeh3angt62ywaed0d',
  rateCardId: 'rcard_01m8y5kxfgeh3angw55sqzwv85',
  catalogId: SUMMER_CATALOG.id,
  optionId: MORNING_TOUR.id,
  isDefault: true,
  currency: 'EUR',
  pricingMode: 'PER_PERSON',
  baseSellAmountCents: null,
  validUntil: '2027-08-31T22:00:00.000Z',
  unitRates: [
    rate({
      id: 'urate_01m8y5kxffeh3angvjcs7t1ftn',
      unitId: ADULT_UNIT_ID,
      unitName: 'Adult',
      unitType: 'person',
      sellAmountCents: 19_900,
    }),
  ],
};

/** Net rates the public must never see: the agent catalog is not public. */
export const MORNING_TOUR_AGENT_RULE: PriceRuleRecord = {
  ...MORNING_TOUR_SUMMER_RULE,
  id: 'prule_01m8y5kxffeh3angt62ywaed0e',
  rateCardId: 'rcard_01m8y5kxfgeh3angw55sqzwv86',
  catalogId: AGENT_CATALOG.id,
  validUntil: null,
  unitRates: [
    rate({
      id: 'urate_01m8y5kxffeh3angvjcs7t1ftp',
      unitId: ADULT_UNIT_ID,
      unitName: 'Adult',
      unitType: 'person',
      sellAmountCents: 15_000,
    }),
  ],
};

/** A retired catalog's prices, which an explicit request for it must not get. */
export const MORNING_TOUR_RETIRED_RULE: PriceRuleRecord = {
  ...MORNING_TOUR_AGENT_RULE,
  id: 'prule_01m8y5kxffeh3angt62ywaed0f',
  rateCardId: 'rcard_01m8y5kxfgeh3angw55sqzwv87',
  catalogId: RETIRED_CATALOG.id,
  unitRates: [
    rate({
      id: 'urate_01m8y5kxffeh3angvjcs7t1ftq',
      unitId: ADULT_UNIT_ID,
      unitName: 'Adult',
      unitType: 'person',
      sellAmountCents: 17_500,
    }),
  ],
};

/** A private group: one flat price per booking, whatever the head count. */
export const PRIVATE_TOUR_RULE: PriceRuleRecord = {
  id: 'prule_01m8y5kxffeh3angtan89std1v',
  rateCardId: 'rcard_01m8y5kxfgeh3angw55sqzwv88',
  catalogId: PUBLIC_CATALOG.id,
  optionId: PRIVATE_TOUR.id,
  isDefault: true,
  currency: 'EUR',
  pricingMode: 'PER_BOOKING',
  baseSellAmountCents: 150_000,
  validUntil: null,
  unitRates: [],
};

/** Cabins sleep one or two; three cabins or more get a lower unit price. */
export const DOUBLE_CABIN_RULE: PriceRuleRecord = {
  id: 'prule_01m8y5kxffeh3angtq5jws5kgq',
  rateCardId: 'rcard_01m8y5kxfgeh3angw55sqzwv89',
  catalogId: PUBLIC_CATALOG.id,
  optionId: DOUBLE_CABIN.id,
  isDefault: true,
  currency: 'EUR',
  pricingMode: 'PER_UNIT',
  baseSellAmountCents: null,
  validUntil: null,
  unitRates: [
    rate({
      id: 'urate_01m8y5kxffeh3angvyax1fqk5g',
      unitId: CABIN_UNIT_ID,
      unitName: 'Double cabin',
      unitType: 'room',
      pricingMode: 'PER_UNIT',
      sellAmountCents: 90_000,
      occupancyMin: 1,
      occupancyMax: 2,
      tiers: [{ minQuantity: 3, maxQuantity: null, sellAmountCents: 80_000 }],
    }),
  ],
};

/** Priced by the operator on request. */
export const CHARTER_RULE: PriceRuleRecord = {
  id: 'prule_01m8y5kxffeh3angtq5jws5kgr',
  rateCardId: 'rcard_01m8y5kxfgeh3angw55sqzwv8a',
  catalogId: PUBLIC_CATALOG.id,
  optionId: CHARTER.id,
  isDefault: true,
  currency: 'EUR',
  pricingMode: 'ON_REQUEST',
  baseSellAmountCents: null,
  validUntil: null,
  unitRates: [],
};

export const TRANSFER_AGENT_RULE: PriceRuleRecord = {
  ...PRIVATE_TOUR_RULE,
  id: 'prule_01m8y5kxffeh3angtq5jws5kgs',
  rateCardId: 'rcard_01m8y5kxfgeh3angw55sqzwv8b',
  catalogId: AGENT_CATALOG.id,
  optionId: TRANSFER.id,
  baseSellAmountCents: 6_000,
};

/** The first of May is a holiday special: adults pay 19 990 cents, with no group tiers. */
export const MAY_FIRST_OVERRIDE: DepartureOverrideRecord = {
  rateCardId: 'rcard_01m8y5kxfgeh3angw55sqzwv8c',
  departureId: MAY_FIRST_DEPARTURE_ID,
  ruleId: MORNING_TOUR_PUBLIC_RULE.id,
  unitRateId: 'urate_01m8y5kxffeh3angtyft8e5z95',
  sellAmountCents: 19_990,
};

const trigger = {
  childBooked: { kind: 'UNIT', unitId: CHILD_UNIT_ID, minQuantity: 1, mode: 'REQUIRED' },
  tShirtBooked: { kind: 'EXTRA', extraProductId: TOUR_T_SHIRT_ID, minQuantity: 1, mode: 'REQUIRED' },
  privateTour: { kind: 'OPTION', optionId: PRIVATE_TOUR.id, mode: 'OPTIONAL' },
} satisfies Record<string, QuestionTrigger>;

export const DIETARY_QUESTION: QuestionRecord = {
  id: 'bq_01m8y5kxfgeh3angwzpqjs9bbz',
  productId: ALPS_DAY_TOUR.id,
  label: 'Dietary requirements for the mountain lunch',
  fieldType: 'TEXT',
  target: 'TRAVELER',
  isRequired: false,
  optionOverrides: {},
  options: [],
  triggers: [],
};
/** Required, except on the private tour, which starts at the customer's own address. */
export const PICKUP_HOTEL_QUESTION: QuestionRecord = {
  id: 'bq_01m8y5kxfgeh3angx2mvk1wcn5',
  productId: ALPS_DAY_TOUR.id,
  label: 'Hotel to pick you up from',
  fieldType: 'TEXT',
  target: 'BOOKING',
  isRequired: true,
  optionOverrides: { [PRIVATE_TOUR.id]: 'HIDDEN' },
  options: [],
  triggers: [],
  pickupLocation: true,
};
export const CHILD_AGE_QUESTION: QuestionRecord = {
  id: 'bq_01m8y5kxfgeh3angxbfbt31ap0',
  productId: ALPS_DAY_TOUR.id,
  label: "Child's age, for the cable car",
  fieldType: 'NUMBER',
  target: 'TRAVELER',
  isRequired: false,
  optionOverrides: {},
  options: [],
  triggers: [trigger.childBooked],
};
export const T_SHIRT_SIZE_QUESTION: QuestionRecord = {
  id: 'bq_01m8y5kxfgeh3angxm8578kszw',
  productId: ALPS_DAY_TOUR.id,
  label: 'T-shirt size',
  fieldType: 'SELECT',
  target: 'EXTRA',
  isRequired: false,
  optionOverrides: {},
  options: [
    { value: 'S', label: 'Small' },
    { value: 'M', label: 'Medium' },
    { value: 'L', label: 'Large' },
  ],
  triggers: [trigger.tShirtBooked],
};
export const GUIDE_LANGUAGE_QUESTION: QuestionRecord = {
  id: 'bq_01m8y5kxfgeh3angxm8578ksz0',
  productId: ALPS_DAY_TOUR.id,
  label: 'Preferred guide language',
  fieldType: 'SELECT',
  target: 'LEAD_TRAVELER',
  isRequired: false,
  optionOverrides: {},
  options: [
    { value: 'en', label: 'English' },
    { value: 'de', label: 'German' },
  ],
  triggers: [trigger.privateTour],
};

export const CONTACT_REQUIREMENTS: readonly ContactRequirementRecord[] = [
  { productId: ALPS_DAY_TOUR.id, field: 'email', target: 'CONTACT', mode: 'REQUIRED' },
  { productId: ALPS_DAY_TOUR.id, field: 'phone', target: 'CONTACT', mode: 'OPTIONAL' },
  { productId: DANUBE_CRUISE.id, field: 'dateOfBirth', target: 'TRAVELER', mode: 'REQUIRED' },
  { productId: DANUBE_CRUISE.id, field: 'nationality', target: 'TRAVELER', mode: 'REQUIRED' },
  { productId: DANUBE_CRUISE.id, field: 'documentNumber', target: 'LEAD_TRAVELER', mode: 'REQUIRED' },
];

export const CATALOGS: readonly CatalogRecord[] = [PUBLIC_CATALOG, SUMMER_CATALOG, AGENT_CATALOG, RETIRED_CATALOG];
export const PRODUCTS: readonly ProductRecord[] = [ALPS_DAY_TOUR, DANUBE_CRUISE, AGENT_ONLY_TRANSFER];
export const OPTIONS: readonly OptionRecord[] = [MORNING_TOUR, PRIVATE_TOUR, DOUBLE_CABIN, CHARTER, TRANSFER];
export const PRICE_RULES: readonly PriceRuleRecord[] = [
  MORNING_TOUR_PUBLIC_RULE,
  MORNING_TOUR_SUMMER_RULE,
  MORNING_TOUR_AGENT_RULE,
  MORNING_TOUR_RETIRED_RULE,
  PRIVATE_TOUR_RULE,
  DOUBLE_CABIN_RULE,
  CHARTER_RULE,
  TRANSFER_AGENT_RULE,
];
export const DEPARTURE_OVERRIDES: readonly DepartureOverrideRecord[] = [MAY_FIRST_OVERRIDE];
export const QUESTIONS: readonly QuestionRecord[] = [
  DIETARY_QUESTION,
  PICKUP_HOTEL_QUESTION,
  CHILD_AGE_QUESTION,
  T_SHIRT_SIZE_QUESTION,
  GUIDE_LANGUAGE_QUESTION,
];
