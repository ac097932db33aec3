import { describe, expect, it } from 'vitest';
import { differOnlyInTimestamps } from '../../src/harness/image/index.js';

describe('differOnlyInTimestamps', () => {
  it.each([
    ['Mon Nov 24 18:48:12 UTC 2025', 'Tue Nov 25 09:01:55 UTC 2025'],
    ['built 2025-11-24T18:48:12Z by ci', 'built 2025-11-25T09:01:55.123+02:00 by ci'],
    ['#define BUILD_DATE "Nov 24 2025"\n#define BUILD_TIME "18:48:12"', '#define BUILD_DATE "Dec  1 2025"\n#define BUILD_TIME "09:01:55"'],
    ['stamp=1763999292\n', 'stamp=1764061315\n'],
    ['Generated on 24 Nov 2025', 'Generated on 25 Nov 2025'],
  ])('%j vs %j: only time', (a, b) => {
    expect(differOnlyInTimestamps(a, b)).toBe(true);
  });

  it.each([
    ['version 1.2.3', 'version 1.2.4'],
    ['Monitor', 'Satellite'],
    ['id=0dd53377-b32e-40ec', 'id=17b9a04b-a174-469f'],
    ['same', 'same'],
    ['port 8080', 'port 9090'],
    ['Mayhem', 'Junebug'],
  ])('%j vs %j: not only time', (a, b) => {
    expect(differOnlyInTimestamps(a, b)).toBe(false);
  });
});
