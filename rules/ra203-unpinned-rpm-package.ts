import { unpinnedOsPackageRule } from '../src/rules/kit.js';

export default unpinnedOsPackageRule({
  id: 'RA203',
  name: 'unpinned-rpm-package',
  summary: 'dnf/yum/microdnf package or module installed without an exact version',
  managers: ['dnf', 'yum', 'microdnf'],
  hadolint: ['DL3033', 'DL3041'],
  tags: ['os-packages', 'dnf', 'yum', 'rhel', 'fedora'],
  pinExample: (name) => `${name}-<version>-<release>`,
  docs: {
    why: [
      '`dnf install tomcat` installs the newest build in the enabled repositories, which change with every',
      'update push. A module stream (`dnf module install nodejs:20`) only fixes the major version.',
    ].join(' '),
    failing: 'FROM fedora:40\nRUN dnf install -y tomcat && dnf clean all\n',
    passing: 'FROM fedora:40\nRUN dnf install -y tomcat-10.1.28-1.fc40 && dnf clean all\n',
    fix: 'Write `name-version-release` (`dnf list --showduplicates tomcat` lists them). Group installs (`dnf group install`) cannot be pinned: list the packages you need instead.',
    nix: "List the packages in the image's `contents`; the nixpkgs revision in `flake.lock` fixes their versions.",
  },
});
