/** The Nix bridge: per-finding suggestions for rules, and the Dockerfile-to-flake translation behind `repro-audit nixify`. */
export { nixForAddUrl, nixForDownload, nixForGitClone, nixForImage, nixForNativeCpu, nixForPackages, nixOncePerInstall, type InstallNix } from './suggest.js';
export { nixify, type NixifyResult, type UntranslatedStep } from './nixify/translate.js';
