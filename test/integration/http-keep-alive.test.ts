import { Agent, get } from 'node:http';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp | undefined;
afterEach(async () => {
  await app?.stop();
  app = undefined;
});

/** The `Keep-Alive` header of a response on a kept-alive connection: how long the server keeps it idle. */
function keepAliveAdvertised(url: string): Promise<string | string[] | undefined> {
  const agent = new Agent({ keepAlive: true });
  return new Promise((resolve, reject) => {
    get(url.replace('/graphql', '/health'), { agent }, (response) => {
      response.resume();
      response.on('end', () => {
        agent.destroy();
        resolve(response.headers['keep-alive']);
      });
    }).on('error', reject);
  });
}

describe('idle client connections', () => {
  it('stay open 65 s by default, longer than the 60 s idle timeout of common load balancers', async () => {
    app = await startTestApp();
    expect(await keepAliveAdvertised(app.url)).toBe('timeout=65');
  });

  it('stay open as long as HTTP_KEEP_ALIVE_TIMEOUT_SECONDS says', async () => {
    app = await startTestApp({ env: { HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: '620' } });
    expect(await keepAliveAdvertised(app.url)).toBe('timeout=620');
  });
});
