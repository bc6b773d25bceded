import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126070248 } from './Migration20261126070248';
import { Migration20261126071904 } from './Migration20261126071904';
import { Migration20261126072008 } from './Migration20261126072008';
import { Migration20261126072014 } from './Migration20261126072014';
import { Migration20261203115846 } from './Migration20261203115846';
import { Migration20261203131856 } from './Migration20261203131856';
import { Migration20261203144158 } from './Migration20261203144158';
import { Migration20261203163058 } from './Migration20261203163058';
import { Migration20261203174142 } from './Migration20261203174142';
import { Migration20261203174438 } from './Migration20261203174438';
import { Migration20261203174445 } from './Migration20261203174445';
import { Migration20261205002115 } from './Migration20261205002115';

/**
 * Migrations are listed explicitly so the server, the compiled build and jest all apply the same
 * set without file globbing; a unit test checks that every generated file is listed here.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261126070248', class: Migration20261126070248 },
  { name: 'Migration20261126071904', class: Migration20261126071904 },
  { name: 'Migration20261126072008', class: Migration20261126072008 },
  { name: 'Migration20261126072014', class: Migration20261126072014 },
  { name: 'Migration20261203115846', class: Migration20261203115846 },
  { name: 'Migration20261203131856', class: Migration20261203131856 },
  { name: 'Migration20261203144158', class: Migration20261203144158 },
  { name: 'Migration20261203163058', class: Migration20261203163058 },
  { name: 'Migration20261203174142', class: Migration20261203174142 },
  { name: 'Migration20261203174438', class: Migration20261203174438 },
  { name: 'Migration20261203174445', class: Migration20261203174445 },
  { name: 'Migration20261205002115', class: Migration20261205002115 },
];
