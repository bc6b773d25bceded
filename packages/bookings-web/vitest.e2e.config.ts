import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      include: ['e2e/**/*.e2e.test.ts'],
      environment: 'node',
      globalSetup: ['e2e/global-setup.ts'],
      testTimeout: 60_000,
      hookTimeout: 240_000,
      // One browser and one supergraph for the run; on 2 cores, files go one after another.
      fileParallelism: false,
    },
  }),
);
