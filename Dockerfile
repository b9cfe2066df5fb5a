# syntax=docker/dockerfile:1
#
# One image for every service of SISA (docs/DEPLOYMENT.md). The command picks what it runs:
#   platform/dist/cli/serve.js <gateway|config|registry|rei|siuss|casework>   one service
#   platform/dist/cli/migrate.js                                            provisioning + migrations
#   platform/dist/cli/database-urls.js                                      each service's DATABASE_URL
# The entry point is `node`; the default command runs the gateway.

ARG NODE_IMAGE=node:20-bookworm-slim

# Every workspace's manifest first, so that `npm ci` is cached until a dependency changes.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/italia/package.json packages/italia/
COPY packages/kernel/package.json packages/kernel/
COPY packages/rules/package.json packages/rules/
COPY packages/testing/package.json packages/testing/
COPY platform/package.json platform/
COPY subgraphs/casework/package.json subgraphs/casework/
COPY subgraphs/config/package.json subgraphs/config/
COPY subgraphs/registry/package.json subgraphs/registry/
COPY subgraphs/rei/package.json subgraphs/rei/
COPY subgraphs/siuss/package.json subgraphs/siuss/
COPY gateway/package.json gateway/
COPY admin-ui/package.json admin-ui/
COPY e2e/package.json e2e/
COPY bench/package.json bench/

# Build: every dependency (dev ones too), then turbo's build of every workspace and the console.
FROM manifests AS build
ENV APOLLO_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1 CI=1
# No install scripts, as `allowScripts` in package.json says: the embedded PostgreSQL's binaries
# are not wanted here, and the build's tools need none.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npx turbo run build --output-logs=errors-only

# Production dependencies of the platform (every service and the migrations) and nothing else:
# no dev tools, no console libraries (the gateway serves its built files), no embedded PostgreSQL.
FROM manifests AS production-deps
RUN npm ci --omit=dev --omit=optional --workspace @sisa/platform --ignore-scripts --no-audit --no-fund

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    SISA_DATA_DIR=/var/lib/sisa \
    SISA_ADMIN_UI_DIR=/app/admin-ui/dist \
    APOLLO_TELEMETRY_DISABLED=1
WORKDIR /app
# The manifests and the production dependencies (some nested under their workspace).
COPY --from=production-deps /app ./
# Each workspace's build; the SDL and data files are in dist/ too.
COPY --from=build /app/packages/italia/dist packages/italia/dist
COPY --from=build /app/packages/kernel/dist packages/kernel/dist
COPY --from=build /app/packages/rules/dist packages/rules/dist
COPY --from=build /app/platform/dist platform/dist
COPY --from=build /app/subgraphs/casework/dist subgraphs/casework/dist
COPY --from=build /app/subgraphs/config/dist subgraphs/config/dist
COPY --from=build /app/subgraphs/registry/dist subgraphs/registry/dist
COPY --from=build /app/subgraphs/rei/dist subgraphs/rei/dist
COPY --from=build /app/subgraphs/siuss/dist subgraphs/siuss/dist
COPY --from=build /app/gateway/supergraph.graphql /app/gateway/subgraphs.json gateway/
COPY --from=build /app/gateway/dist gateway/dist
COPY --from=build /app/admin-ui/dist admin-ui/dist
# The data folder (generated SIUSS flows, casework documents, provisioning's secrets file) is
# the only place the service writes: a volume in compose, a volume or emptyDir in Kubernetes.
RUN mkdir -p /var/lib/sisa && chown 1000:1000 /var/lib/sisa
# `node` (uid 1000) of the base image: never root.
USER 1000:1000
EXPOSE 4000
ENTRYPOINT ["node"]
CMD ["platform/dist/cli/serve.js", "gateway"]
