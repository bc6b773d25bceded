import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Where `/graphql` is forwarded in `vite` and `vite preview`: the gateway of `npm run supergraph` by default. */
const gateway = process.env.BOOKINGS_GATEWAY_URL ?? 'http://localhost:4000/';
const proxy = { '/graphql': { target: gateway, changeOrigin: true, rewrite: () => new URL(gateway).pathname } };

export default defineConfig({
  // No @vitejs/plugin-react (it does not install on this npm): esbuild's automatic JSX runtime is enough.
  esbuild: { jsx: 'automatic' },
  resolve: {
    // The hooks from source: the app builds without building the package first.
    alias: { '@bookings/react': fileURLToPath(new URL('../bookings-react/src/index.ts', import.meta.url)) },
  },
  build: {
    rollupOptions: {
      // TanStack Query marks its modules "use client" for React Server Components; a client-only bundle ignores it.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy },
  preview: { proxy },
});
