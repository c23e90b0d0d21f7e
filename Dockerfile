# syntax=docker/dockerfile:1
# Arbeidsbro's production image. The build steps are scripts/build-production.sh, which `npm test`
# also runs (with --check), since Docker itself cannot run where this project is developed.
#
#   docker build -t arbeidsbro .                    the web and worker image (target runtime)
#   docker build --target migrate -t arbeidsbro-migrate .   applies the migrations, then exits
#   docker compose up                                the whole stack (compose.yaml)

FROM node:20-slim AS build
WORKDIR /src
# The install first, so that it is cached while only the source changes.
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts ./scripts
RUN npm ci --no-audit --no-fund
COPY . .
RUN OUT=/dist bash scripts/build-production.sh

# `prisma migrate deploy` needs the Prisma CLI, a development package: a stage of its own, run
# once per release before the new web processes start.
FROM build AS migrate
ENV NODE_ENV=production
CMD ["npm", "run", "db:migrate"]

FROM node:20-slim AS runtime
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY --from=build --chown=node:node /dist ./
USER node
EXPOSE 3000
# Liveness; the orchestrator's readiness probe is GET /readyz (database, migrations, search).
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# The worker runs the same image: command ["node", "scripts/worker.js"].
CMD ["node", "server.js"]
