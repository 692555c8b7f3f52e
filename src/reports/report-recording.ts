import type { StoreSlot } from '../store/store-slot.ts';
import { eventRecord, type EventRecord, type HandledEventInput, type HandledSummary } from './event-record.ts';
import { createRecorder, type Recorder } from './recorder.ts';

/** What the webhook and the simulator call once per handled event (plain data in, nothing out). */
export type RecordEvent = (event: HandledEventInput, summary: HandledSummary, silent: boolean) => void;

export interface ReportRecording {
  recorder: Recorder;
  forWebhook: RecordEvent;
  forSimulator: RecordEvent;
}

/**
 * The recorder for the configured store, and the two hooks handed to the webhook and the
 * simulator. A hook never throws: a failure to build a record counts as a lost record.
 */
export function createReportRecording(options: {
  store: StoreSlot;
  deployment: string | null;
  /** STORE_UNANSWERED_TEXT */
  keepUnansweredText: boolean;
  onError: (message: string) => void;
  recorder?: Recorder;
}): ReportRecording {
  const recorder =
    options.recorder ??
    createRecorder({ store: options.store.get, deployment: options.deployment, onError: options.onError });
  const hook =
    (source: EventRecord['source']): RecordEvent =>
    (event, summary, silent) => {
      let record: EventRecord;
      try {
        record = eventRecord(event, summary, silent, source, options.keepUnansweredText);
      } catch (err) {
        options.onError(err instanceof Error ? err.message : String(err));
        return;
      }
      recorder.record(record);
    };
  return { recorder, forWebhook: hook('line'), forSimulator: hook('simulator') };
}
