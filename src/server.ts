/** The app's public entry: tests, benchmarks and start-up build the subgraph from here (parts in src/app/). */
export { createApp, type App, type AppOptions } from './app/create-app';
export { buildBookingsSchema, schemaPath } from './app/schema';
