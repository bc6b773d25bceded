import { ormOptions } from './orm-options';

// The CLI runs through scripts/with-database.ts, which provides DATABASE_URL (embedded when unset).
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is not set: run the MikroORM CLI through `npm run orm -- …`');
export default ormOptions(url, { debug: false });
