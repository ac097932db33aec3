import { unpinnedOsPackageRule } from '../src/rules/kit.js';

export default unpinnedOsPackageRule({
  id: 'RA204',
  name: 'unpinned-zypper-package',
  summary: 'zypper package installed without an exact version',
  managers: ['zypper'],
  hadolint: ['DL3037'],
  tags: ['os-packages', 'zypper', 'opensuse'],
  pinExample: (name) => `${name}=<version>`,
  docs: {
    why: '`zypper install tomcat` installs the newest package in the repositories at build time; `tomcat>=9.0` is a range that accepts any later release, so the image changes whenever the repository does.',
    failing: 'FROM opensuse/leap:15.6\nRUN zypper install -y tomcat && zypper clean\n',
    passing: 'FROM opensuse/leap:15.6\nRUN zypper install -y tomcat=9.0.90 && zypper clean\n',
    fix: 'Write `name=version` with one exact version (`zypper search -s tomcat` lists them), and pin the base image by digest.',
    nix: "List the packages in the image's `contents`; the nixpkgs revision in `flake.lock` fixes their versions.",
  },
});
