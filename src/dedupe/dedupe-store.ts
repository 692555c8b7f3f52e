/**
 * Remembers which webhook events were already taken, so an event LINE redelivers
 * (`deliveryContext.isRedelivery`) or sends to two instances is answered once.
 */
export interface DedupeStore {
  /**
   * True the first time an event ID is claimed (within the store's TTL), false after.
   * Rejects when the store cannot be reached; the caller decides what to do then.
   */
  claim(eventId: string): Promise<boolean>;
  /** Releases connections; claims after close reject. */
  close(): Promise<void>;
}
