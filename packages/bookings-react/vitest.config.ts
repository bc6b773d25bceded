import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // renderHook needs a DOM; requests still go over real HTTP to the started supergraph.
    environment: 'happy-dom',
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // One supergraph for the run; files share it, so run them one after another on this 2-core machine.
    fileParallelism: false,
  },
});
