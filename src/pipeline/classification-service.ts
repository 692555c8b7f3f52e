import type { MessagePort } from 'node:worker_threads';
import type { Classification } from '../nlu/classification.ts';

/** Messages in: a text to classify. */
export interface WorkerRequest {
  id: number;
  text: string;
}

/** Messages out: ready (or not), then one answer per request, in the order the requests came. */
export type WorkerResponse =
  | { kind: 'ready' }
  | { kind: 'failed'; error: string }
  | { id: number; classificationJson: string }
  | { id: number; error: string };

/**
 * Answers each request on `port` with `classify(text)`, one at a time in arrival order (the
 * pool's deadline relies on that order), as one JSON string (see pipeline-worker.ts), or with
 * the error's message. First it classifies `warmUp` (so the first residents' texts do not pay
 * for compiling the code, and do not come near the deadline), then says it is ready.
 */
export function serveClassifications(port: MessagePort, classify: (text: string) => Classification, warmUp: readonly string[] = []): void {
  for (const text of warmUp) classify(text);
  port.on('message', (request: WorkerRequest) => {
    let response: WorkerResponse;
    try {
      response = { id: request.id, classificationJson: JSON.stringify(classify(request.text)) };
    } catch (err) {
      response = { id: request.id, error: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(response);
  });
  port.postMessage({ kind: 'ready' } satisfies WorkerResponse);
}
