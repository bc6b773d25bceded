import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

/** Unit specs of the app's pure parts; the browser specs have their own config (vitest.e2e.config.ts). */
export default mergeConfig(
  viteConfig,
  defineConfig({ test: { include: ['src/**/*.test.ts'], environment: 'happy-dom' } }),
);
