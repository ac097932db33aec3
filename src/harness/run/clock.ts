/**
 * Waits until the clock has passed `time` (at once when it has, or when there is none); rejects
 * with the signal's reason when aborted first. Returns how long it waited, in milliseconds.
 */
export function waitUntil(time: Date | undefined, signal: AbortSignal): Promise<number> {
  const ms = time ? time.getTime() - Date.now() : 0;
  if (ms <= 0) return Promise.resolve(0);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(ms), ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}
