# syntax=docker/dockerfile:1
# slo-gate's image for the Argo CD PreSync hook (hooks/job.yaml). Build: docker build -t slo-gate .
#
# Stage 1 builds dist/ (esbuild bundles every dependency into it); stage 2 is distroless Node 24
# running as the "nonroot" user (uid 65532) with only dist/ copied: no shell, no package manager,
# no node_modules.

FROM node:24-trixie-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
# --ignore-scripts: no dependency runs code at install time.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts/build.mjs scripts/
COPY src/ src/
RUN node scripts/build.mjs

FROM gcr.io/distroless/nodejs24-debian13:nonroot
WORKDIR /app
COPY --from=build /src/dist/ /app/
USER nonroot
# The image's entrypoint is /nodejs/bin/node. hook.js reads its settings from the environment;
# /app/cli.js is the full CLI (`args: [/app/cli.js, hook, --help]`).
CMD ["/app/hook.js"]
