import type { StricterThanHadolint } from './os-and-images.js';

/**
 * hadolint cases that hadolint lets pass but the language-package rules flag, each on purpose.
 * `contains` is a substring of the hadolint snippet; `because` says why repro-audit disagrees.
 */
export const languageExplanations: StricterThanHadolint[] = [
  { hadolint: 'DL3013', contains: "'alabaster>=0.7'", because: 'RA301: >= is a lower bound; every future release satisfies it' },
  { hadolint: 'DL3013', contains: "'alabaster<0.7'", because: 'RA301: < is an upper bound; new 0.6.x patch releases still change the build' },
  { hadolint: 'DL3013', contains: "'alabaster!=0.7'", because: 'RA301: != excludes one version and allows all others' },
  { hadolint: 'DL3013', contains: '~=', because: 'RA301: ~= is a compatible-release range, not a pin' },
  { hadolint: 'DL3013', contains: '@0.6-alpha', because: 'RA301: a VCS tag can be moved; only a full commit pins a VCS requirement' },
  { hadolint: 'DL3013', contains: 'https://foo.bar/baz.zip', because: 'RA301: the file behind a URL can change; pip verifies it only with #sha256=' },
  {
    hadolint: 'DL3013',
    contains: '-r requirements.txt',
    because: 'RA301 opens requirements files from the build context; when one is missing it says so in a note (severity note) instead of staying silent',
  },
  {
    hadolint: 'DL3013',
    contains: '--requirement requirements.txt',
    because: 'RA301 opens requirements files from the build context; when one is missing it says so in a note (severity note) instead of staying silent',
  },
  {
    hadolint: 'DL3013',
    contains: '-c http://foo.bar.baz',
    because: 'RA301: the package is left to the constraints file, which is fetched from a URL and cannot be checked; a note says so (severity note)',
  },
  {
    hadolint: 'DL3013',
    contains: '--constraint http://foo.bar.baz',
    because: 'RA301: the package is left to the constraints file, which is fetched from a URL and cannot be checked; a note says so (severity note)',
  },
  { hadolint: 'DL3013', contains: 'pipenv install black', because: 'RA301: pipenv is not pip, but `pipenv install black` adds the newest release of black to the Pipfile and its lock all the same' },
  { hadolint: 'DL3016', contains: '@">=0.1.0"', because: 'RA302: >=0.1.0 is an open range; every future release satisfies it' },
  { hadolint: 'DL3016', contains: '@">=0.1.0 <0.2.0"', because: 'RA302: a range lets new patch releases in' },
  { hadolint: 'DL3016', contains: '#v1.0.27', because: 'RA302: a git tag can be moved; only a full commit pins a git dependency' },
  { hadolint: 'DL3016', contains: '#semver:^5.0', because: 'RA302: #semver:^5.0 is a range over the repository tags' },
];
