import { describe, expect, it } from 'vitest';
import { nixForDownload } from '../../src/nix/suggest.js';
import { auditSnippet, findingsOf } from '../support/audit.js';

describe('the Nix advice for a download', () => {
  it('speaks of a script piped into a shell only when the download is executed', () => {
    expect(nixForDownload('https://example.com/install.sh', 'sh').summary).toMatch(/^No indexed nixpkgs package replaces this installer: a script piped into a shell runs whatever the server sends\./);
    expect(nixForDownload('https://example.com/tool.tar.gz').summary).toMatch(/^In Nix a download is a fixed-output `pkgs.fetchurl` with a `hash`/);
    expect(nixForDownload('https://sh.rustup.rs', 'sh').summary).toContain('instead of a script run unverified at build time');
    expect(nixForDownload('https://sh.rustup.rs').summary).toContain('instead of bytes downloaded unverified');
  });

  it("reaches RA401's findings, while RA402's keep the fetchurl advice", async () => {
    const { findings } = await auditSnippet(
      'FROM debian:bookworm\nRUN curl -fsSL https://example.com/install.sh | bash\nRUN curl -fsSLo /tmp/tool.tgz https://example.com/tool.tgz && tar -xzf /tmp/tool.tgz\nRUN python3 -c "$(curl -fsSL https://sh.rustup.rs)"\n',
    );
    const [piped, substituted] = findingsOf(findings, 'RA401');
    expect(piped!.nix!.summary).toContain('a script piped into a shell runs whatever the server sends');
    expect(substituted!.nix!.summary).toBe(
      'The rustup installer is replaced by `pkgs.rustc` and `pkgs.cargo` from the pinned nixpkgs: built from source with every input hashed, instead of a script run unverified at build time.',
    );
    const [saved] = findingsOf(findings, 'RA402');
    expect(saved!.nix!.summary).toBe('In Nix a download is a fixed-output `pkgs.fetchurl` with a `hash`: the build fails if the bytes ever change.');
  });
});
