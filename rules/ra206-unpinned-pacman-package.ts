import { unpinnedOsPackageRule } from '../src/rules/kit.js';

export default unpinnedOsPackageRule({
  id: 'RA206',
  name: 'unpinned-pacman-package',
  summary: 'pacman (or yay, paru) package installed without an exact version, from a mirror that moves',
  managers: ['pacman'],
  hadolint: [],
  tags: ['os-packages', 'pacman', 'arch'],
  pinExample: (name) => `${name}=<version>-<release>`,
  docs: {
    why: [
      '`pacman -S curl` installs whatever `curl` the mirror serves on the day of the build: Arch is a rolling',
      'release, so the same Dockerfile gets different packages every week, and a `curl>=8` target is a range, not a pin.',
      'AUR helpers (`yay -S`, `paru -S`) take the same syntax and build from whatever the AUR holds that day.',
    ].join(' '),
    failing: 'FROM archlinux:base\nRUN pacman -Sy --noconfirm curl git\n',
    passing:
      "FROM archlinux:base\nRUN echo 'Server=https://archive.archlinux.org/repos/2024/05/01/$repo/os/$arch' > /etc/pacman.d/mirrorlist \\\n    && pacman -Syyuu --noconfirm && pacman -S --noconfirm curl git\n",
    fix: [
      'Point pacman at one day of the Arch Linux Archive (`Server=https://archive.archlinux.org/repos/YYYY/MM/DD/$repo/os/$arch`',
      'in `/etc/pacman.d/mirrorlist`): every install then comes from that snapshot, which never changes, and repro-audit',
      'counts installs after it as pinned. A `name=version-release` target only asserts the version (the build fails',
      'when the mirror has moved on), and `pacman -U` of an archive URL installs one exact package file.',
    ].join(' '),
    nix: "List the packages in the image's `contents` (`pkgs.curl pkgs.git`); the nixpkgs revision in `flake.lock` fixes their versions, as the archive's date fixes Arch's.",
  },
});
