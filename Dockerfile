# syntax=docker/dockerfile:1
# Multi-stage: dependencies are installed in a build stage; the runtime image holds only
# production dependencies, the source (run by Node's type stripping), the data files, the
# trained model (built here, so the container is ready in about a second) and Debian's
# Tesseract with Japanese, horizontal and vertical (the faster engine for reading images;
# tesseract.js is the fallback).

FROM node:24-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:24-slim AS runtime
RUN apt-get update \
  && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-jpn tesseract-ocr-jpn-vert \
  && rm -rf /var/lib/apt/lists/*
# SIMULATOR_HOST: without LINE credentials the server is the local simulator, which listens on
# loopback only; inside a container that is unreachable from `docker run -p`, so the image
# opens it. Publish it on the host's loopback only: `-p 127.0.0.1:3000:3000` (README "Production").
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 SIMULATOR_HOST=0.0.0.0
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY src ./src
COPY data ./data
COPY intents ./intents
# For `docker exec … npm run operator -- add NAME --role admin` and the other npm commands.
COPY scripts/node.sh ./scripts/node.sh
# The trained model, ahead of time (npm run build:model): start-up loads it instead of training,
# and with it kuromoji's inflated dictionary and the data files as parsed (read, not inflated or parsed).
# var/cache stays root-owned (read-only to the server; after an edit of intents/ baked into
# another image it would train at start, as without a cache); var/ itself belongs to the
# server's user for its other files (the embedded report store, var/db). var/db exists in the
# image and belongs to that user, so a named volume mounted there (`-v scam-guard-db:/app/var/db`)
# starts with that owner and the embedded store can write to it.
# Node's compile cache (as scripts/node.sh uses for npm start), filled here by building the model,
# which loads most of the modules the server does.
ENV NODE_COMPILE_CACHE=/app/var/cache/node-compile
RUN node src/cli/build-model.ts && mkdir -p /app/var/db && chown node:node /app/var /app/var/db
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# The same Node flags as `npm start` (see README "Production": heap).
CMD ["node", "--initial-old-space-size=128", "src/server.ts"]
