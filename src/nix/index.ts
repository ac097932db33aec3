/**
 * The Nix bridge: per-finding suggestions for rules, and the Dockerfile-to-flake translation behind
 * `repro-audit nixify`. The translation loads on demand (`loadNixify()`): the rules reach the
 * suggestions through this front, and a lint never loads the translator.
 */
export { nixForAddUrl, nixForDownload, nixForGitClone, nixForImage, nixForNativeCpu, nixForPackages, nixOncePerInstall, type InstallNix } from './suggest.js';
export type { NixifyResult, UntranslatedStep } from './nixify/translate.js';

export function loadNixify(): Promise<typeof import('./nixify/translate.js')> {
  return import('./nixify/translate.js');
}
