import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeEach(async () => {
  app = await startTestApp();
});
afterEach(() => app.stop());

const ready = (testApp: TestApp) => fetch(testApp.url.replace('/graphql', '/ready'));

describe('/ready', () => {
  it('answers 200 once the database answers and migrations are applied', async () => {
    const response = await ready(app);
    expect(response.status).toBe(200);
  });

  it('answers 503 while the database does not answer', async () => {
    const client = await app.database.pool.connect();
    // Terminating every connection of the read pool stands in for a database that went away.
    await client.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> ' +
        'pg_backend_pid()',
    );
    await app.database.orm.close(true);
    client.release();
    await app.database.pool.end();
    const response = await ready(app);
    expect(response.status).toBe(503);
    // Closed above; the app's own stop must not close them twice.
    app.database.close = async () => undefined;
  });

  it('answers 503 while a migration is pending', async () => {
    // Forgetting that the newest migration ran makes it pending again, as after a deploy of new code.
    await app.database.pool.query(
      'delete from mikro_orm_migrations where id = (select max(id) from mikro_orm_migrations)',
    );
    const response = await ready(app);
    expect(response.status).toBe(503);
  });
});
