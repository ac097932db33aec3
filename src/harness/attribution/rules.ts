/**
 * The classes of difference between two builds of the same Dockerfile, and the rule each class is
 * reported under (their metadata: src/rules/rebuild/differences.ts).
 */

export type DifferenceClass = 'time' | 'cpu' | 'content' | 'permissions' | 'file-set' | 'config';

export const DIFFERENCE_CLASSES: readonly DifferenceClass[] = ['time', 'cpu', 'content', 'permissions', 'file-set', 'config'];

export const RULE_OF_CLASS: Record<DifferenceClass, string> = {
  time: 'RA901',
  cpu: 'RA902',
  content: 'RA903',
  permissions: 'RA904',
  'file-set': 'RA905',
  config: 'RA906',
};
