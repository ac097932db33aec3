/**
 * Recognises text that looks like a date or a time (what `date`, `__DATE__`/`__TIME__`, ISO 8601
 * stamps and epoch seconds print), so a difference made only of such text can be blamed on the
 * build time rather than on real content.
 */

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const WEEKDAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?';
const ZONE = '(?:Z|[+-]\\d{2}:?\\d{2}|\\s?(?:UTC|GMT|[A-Z]{2,4}T)(?:[+-]\\d{1,2})?)';

const TIMESTAMP_PATTERN = new RegExp(
  [
    // 2025-11-24, 2025-11-24T18:48:12.123Z, 2025-11-24 18:48:12 +0000
    `\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?${ZONE}?)?`,
    // Mon Nov 24 18:48:12 UTC 2025 (date, ctime), Nov 24 2025 (__DATE__), 24 Nov 2025
    `\\b(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\.?\\s+\\d{1,2}\\b|\\d{1,2}\\s+${MONTH}\\b\\.?)(?:,?\\s+\\d{4})?(?:,?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?${ZONE}?(?:\\s+\\d{4})?)?`,
    // 18:48:12 (__TIME__), 18:48:12.5
    `\\b\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d+)?${ZONE}?`,
    // 2025/11/24, 24.11.2025
    `\\b\\d{4}/\\d{2}/\\d{2}\\b|\\b\\d{2}\\.\\d{2}\\.\\d{4}\\b`,
    // epoch seconds or milliseconds from 2001 to 2033
    `\\b1[0-9]{9}(?:[0-9]{3})?(?:\\.\\d+)?\\b`,
    `\\b${WEEKDAY}\\b`,
  ].join('|'),
  'g',
);

const PLACEHOLDER = '\u0000time\u0000';

/** The text with every date/time-looking run replaced by one placeholder. */
export function maskTimestamps(text: string): string {
  return text.replace(TIMESTAMP_PATTERN, PLACEHOLDER);
}

/** True when `a` and `b` differ, and only in runs that look like dates or times. */
export function differOnlyInTimestamps(a: string, b: string): boolean {
  return a !== b && maskTimestamps(a) === maskTimestamps(b);
}
