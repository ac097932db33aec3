import { unpinnedOsPackageRule } from '../src/rules/kit.js';

export default unpinnedOsPackageRule({
  id: 'RA202',
  name: 'unpinned-apk-package',
  summary: 'apk package installed without an exact version',
  managers: ['apk'],
  hadolint: ['DL3018'],
  tags: ['os-packages', 'apk', 'alpine'],
  pinExample: (name) => `${name}=<version>-r<n>`,
  docs: {
    why: [
      '`apk add curl` installs the newest `curl` of the Alpine branch at build time. `curl~8.5` and',
      '`curl>=8` are ranges, not pins: they accept whatever release the repository has today. An install through',
      'a repository the Dockerfile names with its release (`apk add --repository',
      'https://dl-cdn.alpinelinux.org/alpine/v3.20/main curl`, or `/etc/apk/repositories` written with',
      '`/alpine/v3.20/` before the install) is pinned at the release level only, and reported as a note: the',
      'packages stay within Alpine 3.20, but security rebuilds replace them in place. `edge` follows development,',
      'and apk takes the newest version any of its repositories has, so a release repository next to an `edge` one',
      "pins nothing (a warning); the base image's own repositories, which the Dockerfile does not name, stay warnings.",
    ].join(' '),
    failing: 'FROM alpine:3.20\nRUN apk add --no-cache curl git~2.45\n',
    passing: 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r1 git=2.45.2-r0\n',
    fix: [
      'Write `name=version-rN` with the exact package version (`apk policy curl` shows it). Alpine mirrors keep',
      'only the newest build of each package in a branch, so a pinned build disappears when a rebuild replaces',
      'it and the build breaks: pin the base image by digest too, and plan to bump both together. The',
      'alternative to per-package versions (as a snapshot archive is for apt, RA201) is the release repository:',
      'name it (`apk add --repository https://dl-cdn.alpinelinux.org/alpine/v3.20/main curl`, or write it into',
      '`/etc/apk/repositories`) and every package stays within Alpine 3.20, though security rebuilds still',
      'replace packages in place: Alpine has no snapshot archive that would freeze them.',
    ].join(' '),
    nix: "List the packages in the image's `contents` (`pkgs.curl pkgs.git`); the nixpkgs revision in `flake.lock` fixes their versions.",
  },
});
