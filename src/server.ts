/**
 * Entry point (`npm start`): load config, validate data, build the app, listen, then
 * build the tokenizer and train the model (readyz turns 200), shut down on SIGTERM/SIGINT.
 */
import { ConfigError, clockFrom, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { buildApp } from './app.ts';
import { createLineSender } from './line/line-sender.ts';
import { createRuntimeSlot } from './runtime/runtime-slot.ts';
import { buildRuntime, loadRuntimeData, type RuntimeData } from './runtime/load-runtime.ts';
import { deferredPool, startPipelinePool, workerBackedRuntime } from './pipeline/pipeline-pool.ts';
import { DATA_DIR, INTENTS_DIR } from './runtime/project-paths.ts';
import { DataFileError } from './data/data-file-error.ts';
import { loadScreenChrome } from './images/screen-chrome.ts';
import { openParsedYamlCache, yamlParserVersion } from './data/parsed-yaml-cache.ts';
import { useParsedYamlCache } from './data/read-yaml-file.ts';
import { createRuntimeReloader } from './simulator/runtime-reloader.ts';
import { maskSensitiveText } from './privacy/mask-text.ts';
import { fixedStoreSlot, openStoreInBackground } from './store/store-slot.ts';
import { storeSettingsFrom } from './store/open-store.ts';
import { operatorSocketPath, startOperatorSocket, type OperatorSocket } from './console/operator-socket.ts';
import { throttledWarning } from './reports/throttled-warning.ts';
import { startConsole } from './console/start-console.ts';
import type { ConsoleDeps } from './console/console-server.ts';
import { startWarningsRefresher } from './reports/warnings-refresher.ts';
import { warningRoutes } from './console/warnings-routes.ts';
import { warningPreview } from './console/warning-preview.ts';
import { broadcastRoutes } from './console/broadcast-routes.ts';
import { startMaintenance } from './reports/maintenance.ts';
import { createLineBroadcaster } from './broadcast/line-broadcaster.ts';
import { areaCodeOf } from './broadcast/narrowcast.ts';
import { INTENT_IDS } from './nlu/intent-ids.ts';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const sources = { dataDir: DATA_DIR, intentsDir: INTENTS_DIR, deployment: config.deployment, lineBasicId: config.lineBasicId, modelCacheDir: config.modelCacheDir, phishlistDir: config.phishlistDir };
  const runtime = createRuntimeSlot();
  // Simulator mode: edits under data/ and intents/ show on the next page action (created before the first load).
  const reloader = config.line ? null : createRuntimeReloader({ sources, slot: runtime, logger });
  // With LINE credentials and PIPELINE_WORKERS > 0, classification runs on worker threads; the
  // main thread keeps the reply data (decide and render run here), not a tokenizer. The workers
  // start now and build their tokenizers while this thread validates data/ and intents/; then
  // they get the NLU data from here (they read no data file).
  const workers = config.line ? config.pipelineWorkers : 0;
  let validated: (data: RuntimeData) => void = () => undefined;
  const dataForWorkers = new Promise<RuntimeData>((resolve) => (validated = resolve));
  const starting =
    workers > 0
      ? startPipelinePool(
          workers,
          sources,
          dataForWorkers.then((d) => d.knowledge),
          { classifyDeadlineMs: config.classifyDeadlineMs, nlu: dataForWorkers.then((d) => d.nlu) },
        )
      : null;
  starting?.catch(() => undefined);
  // The data files as last parsed are kept beside the model (data/parsed-yaml-cache.ts): a start
  // parses only the files that changed; every file is still validated.
  const parsedYaml = config.modelCacheDir ? openParsedYamlCache(config.modelCacheDir, yamlParserVersion()) : null;
  useParsedYamlCache(parsedYaml);
  let data;
  try {
    data = loadRuntimeData(sources);
    // The reading threads load data/screen-chrome.yaml themselves; checked here too, so that a
    // mistake in it stops the start with its message instead of failing every image later.
    if (config.images) loadScreenChrome(sources.dataDir);
  } catch (err) {
    if (err instanceof DataFileError) {
      // The problems are printed once, in words, just below (not again inside the log line).
      logger.fatal({ file: err.file, problems: err.issues.length }, 'refusing to start: a data file is invalid');
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  parsedYaml?.save();
  validated(data);

  const sender = config.line
    ? createLineSender({ channelAccessToken: config.line.channelAccessToken, baseUrl: config.lineApiBaseUrl, logger, requestTimeoutMs: config.lineApiTimeoutMs, maxConcurrentSends: config.lineMaxConcurrentSends })
    : null;
  const pipeline = starting ? deferredPool(starting) : null;
  // The report store opens once the bot is ready (the embedded one takes a few seconds of CPU that
  // start-up needs more); the bot never waits for it, and records made before wait in the recorder's
  // bounded buffer. Without recording and without the console (RECORDING=false,
  // OPERATOR_CONSOLE=false) no store is opened at all.
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  // With the embedded store, `npm run operator` cannot open the folder the server holds: the server
  // runs its commands for it on a Unix socket in that folder (console/operator-socket.ts).
  let operatorSocket: Promise<OperatorSocket | null> = Promise.resolve(null);
  let operatorSocketStarted = false;
  const storeSettings = storeSettingsFrom(config);
  const store =
    config.recording || config.operatorConsole
      ? openStoreInBackground(storeSettings, throttledWarning(logger, 'report store not available'), undefined, ready, undefined, () => {
          // As soon as this process holds the folder (before its PostgreSQL has started, which
          // takes seconds, more on the first start): a command sent meanwhile waits for the store.
          // Once only (a failed open that is tried again locks the folder again).
          if (operatorSocketStarted) return;
          operatorSocketStarted = true;
          operatorSocket = startOperatorSocket(operatorSocketPath(storeSettings.embeddedDbDir), () => store.get(), throttledWarning(logger, 'operator socket failed')).catch((err: unknown) => {
            logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'operator socket not available; npm run operator needs the server stopped');
            return null;
          });
        })
      : fixedStoreSlot(null);
  const app = await buildApp({ config, logger, runtime, sender, clock: clockFrom(config), reloadRuntime: reloader?.check, pipeline, store });
  await app.server.listen({ port: config.port, host: config.host });
  // The operator console: a listener of its own (ADMIN_HOST:ADMIN_PORT, loopback by default).
  // Local warnings from the console: read from the store every WARNINGS_REFRESH_SECONDS into the knowledge decide reads.
  // Retention: fold finished days' resident hashes into counts, purge expired unanswered texts and sessions (hourly).
  const maintenance = startMaintenance(store, clockFrom(config), throttledWarning(logger, 'report retention job failed; retrying next hour'));
  const warnings = startWarningsRefresher({
    store,
    clock: clockFrom(config),
    intervalMs: config.warningsRefreshSeconds * 1000,
    apply: (list) => {
      const current = runtime.get();
      if (!current || current.knowledge.localWarnings === list) return;
      const knowledge = { ...current.knowledge, localWarnings: list };
      runtime.set({ ...current, knowledge });
      pipeline?.setKnowledge?.(knowledge);
    },
    onError: throttledWarning(logger, 'local warnings could not be read; the last ones stay in force'),
  });
  const consoleExtensions: ConsoleDeps['extensions'] = [
    warningRoutes({
      scenarios: INTENT_IDS.filter((id) => !id.startsWith('meta.')),
      texts: () => runtime.get()?.knowledge.replies.texts.localWarning ?? null,
      changed: () => warnings.refreshNow(),
      preview: warningPreview(runtime, clockFrom(config)),
    }),
    broadcastRoutes({
      broadcaster: config.line ? createLineBroadcaster({ baseUrl: config.lineApiBaseUrl, channelAccessToken: config.line.channelAccessToken }) : null,
      charLimit: 500,
      defaultArea: () => areaCodeOf(runtime.get()?.knowledge.directory.deployment?.prefecture),
    }),
  ];
  const consoleApp = !config.operatorConsole ? null : await startConsole({ config, logger, store, recorder: app.recorder, runtime, clock: clockFrom(config), extensions: consoleExtensions });
  if (!config.line) {
    logger.info(`simulator mode (no LINE credentials): open http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/`);
  }

  // Registered before the (slow) tokenizer build, so a SIGTERM during start-up also exits cleanly.
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal, inflight: app.inflight.size() }, 'shutting down: no new requests, finishing events in flight');
    // Last resort if closing itself hangs (the in-flight wait is already bounded by SHUTDOWN_GRACE_MS).
    setTimeout(() => {
      logger.error('shutdown did not finish in time; exiting');
      process.exit(1);
    }, config.shutdownGraceMs + 5000).unref();
    app.server
      .close()
      .then(() => consoleApp?.close())
      .then(() => maintenance.stop())
      .then(() => operatorSocket.then((socket) => socket?.close()))
      .then(() => store.close())
      .then(
      () => {
        logger.info('shut down cleanly');
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ err: String(err) }, 'error during shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  const started = performance.now();
  if (starting) {
    await starting;
    runtime.set(workerBackedRuntime(data.knowledge));
    logger.info({ ms: Math.round(performance.now() - started), deployment: config.deployment, workers }, 'ready: tokenizer built, model loaded or trained (pipeline workers)');
  } else {
    const built = await buildRuntime(data);
    runtime.set(built.runtime);
    reloader?.adopt(built.tokenizer);
    logger.info({ ms: Math.round(performance.now() - started), deployment: config.deployment, model: built.model }, 'ready: tokenizer built, model loaded or trained');
  }
  markReady();
  // Load the OCR model in the background, so the first image is not kept waiting for it.
  void app.warmImageReading().catch((err: unknown) => logger.warn({ err: String(err) }, 'image reading could not start'));
  // The runtime is ready: put the local warnings into it now rather than at the next tick.
  void warnings.refreshNow();
}

process.on('unhandledRejection', (reason) => {
  // Logged, never fatal: the process keeps serving. Masked like any error text.
  process.stderr.write(`unhandled rejection: ${maskSensitiveText(reason instanceof Error ? (reason.stack ?? reason.message) : String(reason))}\n`);
});

main().catch((err: unknown) => {
  process.stderr.write(`start-up failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
