/**
 * Per-event records of the benchmark (send times, acknowledgements, arrival times) are kept in
 * typed arrays indexed by event number: one object per run, not one per event, so the process
 * that timestamps requests and replies is not paused by its own GC.
 */

/** `array` if it can hold `index`; otherwise a copy at least twice as long, the new part set to `fill`. */
export function withRoomFor<T extends Float64Array | Uint8Array>(array: T, index: number, fill = 0): T {
  if (index < array.length) return array;
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(array.length * 2, index + 1));
  if (fill !== 0) bigger.fill(fill, array.length);
  bigger.set(array);
  return bigger;
}
