/** The Nix bridge: per-finding suggestions for rules, and `repro-audit nixify`. */
export { nixForAddUrl, nixForDownload, nixForGitClone, nixForImage, nixForNativeCpu, nixForPackages } from './suggest.js';
export { runNixify, type NixifyIo } from './nixify/command.js';
export { nixify, type NixifyResult, type UntranslatedStep } from './nixify/translate.js';
