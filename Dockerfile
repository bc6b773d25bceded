# syntax=docker/dockerfile:1.7
# The Bookings subgraph. Build stage: every dependency, tsc. Runtime stage: production
# dependencies, the compiled code and the SDL files read at startup, run as the unprivileged `node` user.

FROM node:20.20.2-bookworm-slim AS build
WORKDIR /app
# The lockfile comes before the sources so that a source change reuses the installed layer.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json schema.graphql ./
COPY src ./src
COPY examples ./examples
COPY scripts ./scripts
RUN npm run build

FROM node:20.20.2-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4001 \
    BOOKINGS_DATA_DIR=/app/.data
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund \
    && npm cache clean --force \
    && mkdir -p /app/.data \
    && chown node:node /app/.data
COPY --from=build /app/dist ./dist
COPY schema.graphql ./
COPY examples/supergraph/relationships/schema.graphql ./examples/supergraph/relationships/
COPY examples/supergraph/quotes/schema.graphql ./examples/supergraph/quotes/
COPY examples/supergraph/catalog/schema.graphql ./examples/supergraph/catalog/
USER node
EXPOSE 4001
# /ready answers 200 once the database is reachable and 503 while draining; node is the only HTTP client in the image.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4001) + '/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/main.js"]
