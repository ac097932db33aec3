import { unpinnedOsPackageRule } from '../src/rules/kit.js';

export default unpinnedOsPackageRule({
  id: 'RA201',
  name: 'unpinned-apt-package',
  summary: 'apt-get/apt package installed without an exact version',
  managers: ['apt'],
  hadolint: ['DL3008'],
  tags: ['os-packages', 'apt', 'debian', 'ubuntu'],
  pinExample: (name) => `${name}=<version>`,
  docs: {
    why: [
      '`apt-get install curl` installs the newest `curl` in the mirror at the time of the build, so the same',
      'Dockerfile yields different binaries from one week to the next, and a security update or a',
      'regression lands without any change to the file. `curl=8.*` and `curl/bookworm-backports` still float.',
    ].join(' '),
    failing: 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl git=1:2.39.*\n',
    passing: 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12 git=1:2.39.5-0+deb12u2\n',
    fix: [
      'Write `name=version` with the full Debian version (`apt-cache policy curl` shows it). Old versions vanish',
      'from the regular mirrors, so also point `sources.list` at `snapshot.debian.org` for a fixed date, or',
      'build the image from a pinned base that already contains the packages. The alternative to per-package',
      'versions is a snapshot archive: installs through `snapshot.debian.org/archive/debian/20240101T000000Z`',
      '(or `snapshot.ubuntu.com/ubuntu/20240301T030400Z`), or `apt-get install --snapshot 20240301T030400Z` and',
      "apt's `APT::Snapshot` setting (Ubuntu 24.04 and later), get the versions of that moment every time: they",
      'are pinned at the archive level and not flagged, when a RUN of the stage (or of a stage it builds on)',
      'names the snapshot before the install. (Alpine has no snapshot archive: its nearest alternative, a',
      'repository of one release, is described in RA202.)',
    ].join(' '),
    nix: 'List the packages in the image\'s `contents` (`pkgs.curl pkgs.git`); their versions are fixed by the nixpkgs revision in `flake.lock`, and the binary cache keeps every revision available.',
  },
});
