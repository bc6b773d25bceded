/**
 * KMS calls per request for traveler travel details, with the data-key cache on and off.
 * Runs the real @aws-sdk/client-kms against the local KMS JSON endpoint and counts the
 * operations it receives. Needs DATABASE_URL (use `npm run bench:pii-kms`, which provides one).
 */
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { createTokenVerifier, signToken } from '../src/auth/token-verifier';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/database';
import { createApp } from '../src/server';
import { startLocalKmsEndpoint, type LocalKmsEndpoint } from '../test/helpers/local-kms-endpoint';

const SECRET = randomBytes(32).toString('base64url');
const TRAVELERS = 3;
const TIMED_READS = 200;

interface Step {
  name: string;
  calls: string[];
  p50Ms?: number;
}

async function measure(kms: LocalKmsEndpoint, cacheSeconds: number): Promise<Step[]> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run through `npm run bench:pii-kms`');
  let now = Date.parse('2026-11-26T10:00:00Z');
  const clock = { now: () => new Date(now) };
  const config = loadConfig({
    AUTH_JWT_SECRET: SECRET,
    LOG_LEVEL: 'silent',
    HOLD_SWEEP_INTERVAL_SECONDS: '0',
    KMS_PROVIDER: 'aws',
    AWS_KMS_KEY_ID: kms.keyId,
    AWS_KMS_ENDPOINT: kms.url,
    PII_DATA_KEY_CACHE_SECONDS: String(cacheSeconds),
  });
  const database = await openDatabase(url);
  const app = await createApp({
    config,
    database,
    clock,
    verifyToken: createTokenVerifier({ ...config.auth, jwtSecret: SECRET }),
    logger: pino({ level: 'silent' }),
    inlineTracing: false,
  });
  const endpoint = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}/graphql`;
  const token = await signToken(SECRET, {
    sub: 'usr_bench',
    principalType: 'user',
    scope: 'bookings:* bookings-pii:*',
  });
  const graphql = async (query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data ?? {};
  };
  const counted = async (name: string, run: () => Promise<unknown>): Promise<Step> => {
    const before = kms.calls.length;
    await run();
    return { name, calls: kms.calls.slice(before).map((call) => call.target.replace('TrentService.', '')) };
  };

  const travelers = Array.from({ length: TRAVELERS }, (_, index) => ({
    firstName: 'Bench',
    lastName: `Traveler${index}`,
  }));
  const created = await graphql(
    `mutation($input: CreateBookingInput!) { createBooking(input: $input) { ... on Booking { id travelers { id } } } }`,
    { input: { sellCurrency: 'EUR', travelers } },
  );
  const booking = created.createBooking as { id: string; travelers: { id: string }[] };
  const upsert = (travelerId: string, fields: Record<string, unknown>) =>
    graphql(
      `mutation($input: UpsertTravelerTravelDetailsInput!) { upsertTravelerTravelDetails(input: $input) {
        __typename } }`,
      { input: { travelerId, ...fields } },
    );
  const read = () =>
    graphql(
      `query($id: ID!) { booking(id: $id) { travelers { travelDetails { documentNumber dateOfBirth
        dietaryRequirements } } } }`,
      { id: booking.id },
    );
  const [first] = booking.travelers;
  if (!first) throw new Error('the bench booking has no traveler');

  const steps: Step[] = [];
  steps.push(
    await counted('first upsert of one traveler (new data key)', () =>
      upsert(first.id, { documentNumber: 'B123', dateOfBirth: '1990-01-01' }),
    ),
  );
  for (const traveler of booking.travelers.slice(1)) await upsert(traveler.id, { documentNumber: 'B456' });
  steps.push(
    await counted('update of a traveler with stored details', () => upsert(first.id, { dietaryRequirements: 'vegan' })),
  );
  steps.push(await counted(`read of ${TRAVELERS} travelers' details`, read));
  steps.push(await counted(`second read of ${TRAVELERS} travelers' details`, read));
  now += (cacheSeconds + 1) * 1000;
  steps.push(await counted(`read of ${TRAVELERS} travelers after the cache lifetime`, read));
  const before = kms.calls.length;
  const durations: number[] = [];
  for (let index = 0; index < TIMED_READS; index += 1) {
    const start = process.hrtime.bigint();
    await read();
    durations.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  durations.sort((a, b) => a - b);
  const perRead = (kms.calls.length - before) / TIMED_READS;
  steps.push({
    name: `${TIMED_READS} reads in a row (KMS calls per read)`,
    calls: Array(perRead).fill('Decrypt'),
    p50Ms: durations[Math.floor(durations.length / 2)],
  });
  steps.push(
    await counted('deleteTravelerTravelDetails', () =>
      graphql(`mutation($id: ID!) { deleteTravelerTravelDetails(travelerId: $id) { id } }`, { id: first.id }),
    ),
  );
  await app.stop();
  await database.close();
  return steps;
}

async function main(): Promise<void> {
  const kms = await startLocalKmsEndpoint();
  process.env.AWS_ACCESS_KEY_ID ??= 'bench';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'bench';
  try {
    const on = await measure(kms, 300);
    const off = await measure(kms, 0);
    console.log(`| request | KMS calls, cache on (300 s) | KMS calls, cache off (0) |\n|---|---|---|`);
    const describe = (step: Step | undefined) => {
      if (!step) return '';
      const count = step.calls.length;
      const kinds = [...new Set(step.calls)].join(', ');
      const latency = step.p50Ms !== undefined ? `, p50 ${step.p50Ms.toFixed(2)} ms` : '';
      return `${count}${count > 0 ? ` (${kinds})` : ''}${latency}`;
    };
    on.forEach((step, index) => console.log(`| ${step.name} | ${describe(step)} | ${describe(off[index])} |`));
  } finally {
    await kms.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
