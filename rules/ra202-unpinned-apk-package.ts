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
      '`curl>=8` are ranges, not pins: they accept whatever release the repository has today.',
    ].join(' '),
    failing: 'FROM alpine:3.20\nRUN apk add --no-cache curl git~2.45\n',
    passing: 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r1 git=2.45.2-r0\n',
    fix: 'Write `name=version-rN` with the exact package version (`apk policy curl` shows it). Alpine keeps only the latest revision of each package in a branch, so pin the base image by digest too, and plan to bump both together. Alpine has no snapshot archive: a repository of a release branch (`https://dl-cdn.alpinelinux.org/alpine/v3.20/main`) still receives updates within the branch, so installing through it is not a pin and is still flagged.',
    nix: "List the packages in the image's `contents` (`pkgs.curl pkgs.git`); the nixpkgs revision in `flake.lock` fixes their versions.",
  },
});
