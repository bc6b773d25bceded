import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CONFIG_VARIABLES, loadConfig } from '../../src/config';
import { parseDockerfile, isPinnedImage, type DockerStage } from '../helpers/dockerfile';

/*
 * Docker cannot build on the machines that run this suite, so the deployment files are checked
 * here instead: the Dockerfile against the hadolint rules that matter for this image, compose.yaml
 * against the services, pins, health checks and variables the subgraph actually has.
 */

const ROOT = join(__dirname, '..', '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('Dockerfile', () => {
  const stages = parseDockerfile(read('Dockerfile'));
  const runtime = stages[stages.length - 1];
  const all = stages.flatMap((stage) => stage.instructions);
  const runs = (stage: DockerStage) =>
    stage.instructions.filter((instruction) => instruction.keyword === 'RUN').map((instruction) => instruction.args);
  const indexOf = (stage: DockerStage, predicate: (args: string, keyword: string) => boolean) =>
    stage.instructions.findIndex((instruction) => predicate(instruction.args, instruction.keyword));

  it('builds in one stage and runs from another', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(stages.map((stage) => stage.name)).toEqual(expect.arrayContaining(['build', 'runtime']));
    expect(runtime.name).toBe('runtime');
  });

  it('pins every base image to a version, never latest (DL3006, DL3007)', () => {
    for (const stage of stages)
      expect({ image: stage.image, pinned: isPinnedImage(stage.image) }).toEqual({ image: stage.image, pinned: true });
  });

  it('runs on the Node 20 line the project is built and tested with', () => {
    const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
    const [, major, minor] = /^>=(\d+)\.(\d+)/.exec(engines) ?? [];
    for (const stage of stages) {
      const [, imageMajor, imageMinor] = /^node:(\d+)\.(\d+)\./.exec(stage.image) ?? [];
      expect(imageMajor).toBe('20');
      expect(Number(imageMajor) > Number(major) || Number(imageMinor) >= Number(minor)).toBe(true);
    }
  });

  it('copies from earlier named stages only', () => {
    const names = stages.map((stage) => stage.name);
    stages.forEach((stage, position) => {
      for (const instruction of stage.instructions) {
        const from = /--from=(\S+)/.exec(instruction.args)?.[1];
        if (from) expect(names.slice(0, position)).toContain(from);
      }
    });
  });

  it(
    'installs from the lockfile: npm ci in the build stage, npm ci --omit=dev in the runtime stage, never ' +
      'npm install',
    () => {
      const build = stages.find((stage) => stage.name === 'build') as DockerStage;
      expect(runs(build).some((args) => /\bnpm ci\b/.test(args))).toBe(true);
      expect(runs(build).some((args) => /\bnpm run build\b/.test(args))).toBe(true);
      expect(runs(runtime).some((args) => /\bnpm ci\b.*--omit=dev/.test(args))).toBe(true);
      expect(all.filter((instruction) => /\bnpm (install|i)\b/.test(instruction.args))).toEqual([]);
    },
  );

  it('copies package.json and the lockfile before any source, so source changes reuse the installed layer', () => {
    for (const stage of stages) {
      const lockfile = indexOf(
        stage,
        (args, keyword) => keyword === 'COPY' && !args.includes('--from') && args.includes('package-lock.json'),
      );
      const install = indexOf(stage, (args, keyword) => keyword === 'RUN' && /\bnpm ci\b/.test(args));
      const firstSource = indexOf(stage, (args, keyword) => keyword === 'COPY' && !args.includes('package-lock.json'));
      expect(lockfile).toBeGreaterThanOrEqual(0);
      expect(lockfile).toBeLessThan(install);
      expect(install).toBeLessThan(firstSource);
    }
  });

  it('copies only files that exist in the repository', () => {
    for (const instruction of all.filter(
      (candidate) => candidate.keyword === 'COPY' && !candidate.args.includes('--from'),
    )) {
      const sources = instruction.args
        .split(/\s+/)
        .filter((part) => !part.startsWith('--'))
        .slice(0, -1);
      for (const source of sources)
        expect({ source, exists: existsSync(join(ROOT, source)) }).toEqual({ source, exists: true });
    }
  });

  it('uses COPY, not ADD, so nothing is fetched from a URL or unpacked implicitly (DL3020)', () => {
    expect(all.filter((instruction) => instruction.keyword === 'ADD')).toEqual([]);
  });

  it('runs as an unprivileged user set before the command (DL3002)', () => {
    const users = runtime.instructions.filter((instruction) => instruction.keyword === 'USER');
    const last = users[users.length - 1];
    // The official Node image's unprivileged user.
    expect(last?.args.trim()).toBe('node');
    expect(indexOf(runtime, (_args, keyword) => keyword === 'USER')).toBeLessThan(
      indexOf(runtime, (_args, keyword) => keyword === 'CMD'),
    );
  });

  it('checks health on /ready', () => {
    const healthchecks = runtime.instructions.filter((instruction) => instruction.keyword === 'HEALTHCHECK');
    expect(healthchecks).toHaveLength(1);
    expect(healthchecks[0]?.args).toContain('/ready');
    expect(healthchecks[0]?.args).toMatch(/--interval=\d+s/);
  });

  it('starts the compiled server in exec form, so SIGTERM reaches node and the graceful shutdown runs (DL3025)', () => {
    const command = runtime.instructions.filter((instruction) => instruction.keyword === 'CMD');
    expect(command).toHaveLength(1);
    expect(JSON.parse(command[0]?.args ?? '')).toEqual(['node', 'dist/src/main.js']);
    expect(existsSync(join(ROOT, 'src', 'main.ts'))).toBe(true);
  });

  it('defaults to production on every interface, and exposes the port it listens on', () => {
    const env = runtime.instructions
      .filter((instruction) => instruction.keyword === 'ENV')
      .map((instruction) => instruction.args)
      .join(' ');
    expect(env).toMatch(/NODE_ENV=production/);
    expect(env).toMatch(/HOST=0\.0\.0\.0/);
    const port = /PORT=(\d+)/.exec(env)?.[1];
    expect(
      runtime.instructions
        .filter((instruction) => instruction.keyword === 'EXPOSE')
        .map((instruction) => instruction.args),
    ).toEqual([port]);
  });

  it('bakes no secret into an image layer', () => {
    for (const instruction of all.filter((candidate) => candidate.keyword === 'ENV' || candidate.keyword === 'ARG')) {
      expect(instruction.args).not.toMatch(/(SECRET|PASSWORD|MASTER_KEY|TOKEN)\w*=/);
    }
  });

  it('avoids sudo, cd in RUN, relative WORKDIRs and apt upgrades (DL3004, DL3003, DL3000, DL3005)', () => {
    for (const args of stages.flatMap(runs)) {
      expect(args).not.toMatch(/\bsudo\b/);
      expect(args).not.toMatch(/(^|&&|;)\s*cd\s/);
      expect(args).not.toMatch(/apt-get (dist-)?upgrade/);
    }
    for (const instruction of all.filter((candidate) => candidate.keyword === 'WORKDIR'))
      expect(instruction.args.startsWith('/')).toBe(true);
  });

  it('keeps the checkout, local data and installed modules out of the build context', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((line) => line.trim());
    expect(ignored).toEqual(expect.arrayContaining(['.git', 'node_modules', 'dist', '.data']));
  });
});

interface ComposeService {
  image?: string;
  build?: { context: string; target?: string };
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  deploy?: { replicas?: number };
  restart?: string;
  volumes?: string[];
}

/** Compose's `${VAR:?message}` / `${VAR:-default}` interpolation, with `values` as the environment. */
function interpolate(text: string, values: Record<string, string>): string {
  return text.replace(/\$\{(\w+)(?::([?-])([^}]*))?\}/g, (_match, name: string, kind?: string, rest?: string) => {
    const value = values[name];
    if (value !== undefined && value !== '') return value;
    if (kind === '-') return rest ?? '';
    throw new Error(`compose.yaml needs ${name}: ${rest ?? ''}`);
  });
}

describe('compose.yaml', () => {
  const text = read('compose.yaml');
  const secrets = {
    POSTGRES_PASSWORD: 'postgres-password-for-the-check',
    AUTH_JWT_SECRET: 'a-jwt-secret-of-at-least-thirty-two-characters',
    CHECKOUT_CAPABILITY_SECRET: 'a-checkout-capability-secret-of-32-bytes',
    ROUTER_SECRET: 'router-secret-for-the-check',
    PII_LOCAL_MASTER_KEY: Buffer.alloc(32, 9).toString('base64'),
  };
  // Compose applies YAML merge keys (`<<: *anchor`); YAML 1.2 parsers only do when asked.
  const compose = parseYaml(interpolate(text, secrets), { merge: true }) as {
    services: Record<string, ComposeService>;
  };
  const services = compose.services;
  const dockerStages = parseDockerfile(read('Dockerfile'));
  const stageNames = dockerStages.map((stage) => stage.name);
  const imageHealthcheck = (service: ComposeService) =>
    dockerStages.some(
      (stage) =>
        stage.name === service.build?.target &&
        stage.instructions.some((instruction) => instruction.keyword === 'HEALTHCHECK'),
    );
  const oneShot = (service: ComposeService) => service.restart === 'no';

  it('runs PostgreSQL, NATS with JetStream, two bookings replicas and a gateway', () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['postgres', 'nats', 'bookings', 'gateway']));
    expect(services.bookings?.deploy?.replicas).toBe(2);
    expect(services.nats?.command).toContain('--jetstream');
  });

  it('refuses to start without its secrets rather than running with made-up ones', () => {
    for (const name of Object.keys(secrets)) {
      const { [name as keyof typeof secrets]: _omitted, ...rest } = secrets;
      expect(() => interpolate(text, rest)).toThrow(name);
    }
  });

  it('pins every image to a version', () => {
    for (const [name, service] of Object.entries(services)) {
      expect({ name, image: service.image, pinned: isPinnedImage(service.image ?? '') }).toEqual({
        name,
        image: service.image,
        pinned: true,
      });
    }
  });

  it('builds only Dockerfile stages that exist', () => {
    for (const service of Object.values(services).filter((candidate) => candidate.build)) {
      expect(service.build?.context).toBe('.');
      expect(stageNames).toContain(service.build?.target);
    }
  });

  it("gives every long-running service a health check, its own or its image's", () => {
    for (const [name, service] of Object.entries(services).filter(([, candidate]) => !oneShot(candidate))) {
      expect({ name, healthcheck: Array.isArray(service.healthcheck?.test) || imageHealthcheck(service) }).toEqual({
        name,
        healthcheck: true,
      });
    }
  });

  it('waits on health (or completion, for one-shot jobs) of services that exist', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const [dependency, { condition }] of Object.entries(service.depends_on ?? {})) {
        const target = services[dependency];
        expect({ name, dependency, exists: target !== undefined }).toEqual({ name, dependency, exists: true });
        const expected = target && oneShot(target) ? 'service_completed_successfully' : 'service_healthy';
        expect({ name, dependency, condition }).toEqual({ name, dependency, condition: expected });
      }
    }
    expect(Object.keys(services.bookings?.depends_on ?? {})).toEqual(expect.arrayContaining(['postgres', 'nats']));
    expect(Object.keys(services.gateway?.depends_on ?? {})).toEqual(expect.arrayContaining(['bookings', 'supergraph']));
  });

  it('sets only variables the subgraph reads, and a production configuration it accepts', () => {
    const environment = services.bookings?.environment ?? {};
    for (const variable of Object.keys(environment)) expect(CONFIG_VARIABLES).toContain(variable);
    expect(loadConfig(environment)).toMatchObject({
      production: true,
      host: '0.0.0.0',
      port: 4001,
      routerSecret: secrets.ROUTER_SECRET,
    });
  });

  it('starts commands that the build produces', () => {
    for (const service of Object.values(services)) {
      const script = service.command?.[0] === 'node' ? service.command[1] : undefined;
      if (!script) continue;
      const source = script.replace(/^dist\//, '').replace(/\.js$/, '.ts');
      expect({ script, sourceExists: existsSync(join(ROOT, source)) }).toEqual({ script, sourceExists: true });
    }
  });

  it('routes the supergraph to services and ports that exist', () => {
    const routing = Object.entries(services.supergraph?.environment ?? {}).filter(([name]) =>
      name.endsWith('_ROUTING_URL'),
    );
    expect(routing.map(([name]) => name).sort()).toEqual([
      'BOOKINGS_ROUTING_URL',
      'CATALOG_ROUTING_URL',
      'QUOTES_ROUTING_URL',
      'RELATIONSHIPS_ROUTING_URL',
    ]);
    for (const [, url] of routing) {
      const { hostname, port } = new URL(url);
      const service = services[hostname];
      expect(Object.keys(services)).toContain(hostname);
      const listens = service?.environment?.PORT ?? service?.environment?.[`${hostname.toUpperCase()}_PORT`];
      expect(listens).toBe(port);
      expect(service?.environment?.HOST).toBe('0.0.0.0');
    }
  });

  it("mounts this repository's gateway.config.ts into the Hive Gateway and hands it the router secret", () => {
    expect(services.gateway?.image).toMatch(/^ghcr\.io\/graphql-hive\/gateway:/);
    expect(services.gateway?.volumes).toContain('./gateway.config.ts:/gateway/gateway.config.ts:ro');
    expect(existsSync(join(ROOT, 'gateway.config.ts'))).toBe(true);
    expect(services.gateway?.environment?.ROUTER_SECRET).toBe(secrets.ROUTER_SECRET);
  });
});
