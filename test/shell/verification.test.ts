import { describe, expect, it } from 'vitest';
import { shellCommands } from '../../src/model/index.js';
import { parseDockerfile } from '../../src/model/parse.js';
import { checkedFiles, checksFingerprint, downloadedFiles, fileKey, treatment, trustedOnArrival } from '../../src/shell/verification.js';

/** The commands of a one-stage Dockerfile's RUNs, parsed for real. */
function commands(run: string) {
  return [...shellCommands(parseDockerfile(`FROM debian:bookworm\n${run}\n`, 'Dockerfile'))].map(({ command }) => command);
}

const keys = (...names: string[]) => new Set(names);

describe('which file a download writes', () => {
  it('reads curl and wget options, wget default names, redirects and tee', () => {
    const [curlO, curlRemote, wgetDefault, wgetO, redirected, teed] = commands(
      [
        'RUN curl -fsSLo /tmp/go.tgz https://go.dev/dl/go.tgz',
        'RUN curl -fsSLO https://example.com/dist/tool-1.2.tgz?download=1',
        'RUN wget https://example.com/a/b.tar.gz',
        'RUN wget -qO /usr/local/bin/jq https://example.com/jq',
        'RUN curl -fsSL https://example.com/x > /opt/x',
        'RUN curl -fsSL https://example.com/k | tee /etc/apt/keyrings/k.asc',
      ].join('\n'),
    ).filter((command) => command.argv[0]?.value !== 'tee');
    expect(downloadedFiles(curlO!)).toEqual(['/tmp/go.tgz']);
    expect(downloadedFiles(curlRemote!)).toEqual(['tool-1.2.tgz']);
    expect(downloadedFiles(wgetDefault!)).toEqual(['b.tar.gz']);
    expect(downloadedFiles(wgetO!)).toEqual(['/usr/local/bin/jq']);
    expect(downloadedFiles(redirected!)).toEqual(['/opt/x']);
    expect(downloadedFiles(teed!)).toEqual(['/etc/apt/keyrings/k.asc']);
  });

  it('writes nothing to a file when the output is stdout', () => {
    const [curl] = commands('RUN wget -qO- https://example.com/k | apt-key add -');
    expect(downloadedFiles(curl!)).toEqual([]);
    expect(trustedOnArrival(curl!)).toBe('`apt-key add`');
  });

  it('compares names by their last part, with ${X} as $X and a sum line\'s * removed', () => {
    expect(['/tmp/a.tgz', '*a.tgz', '${F}', '"node.tar.xz\\$'].map(fileKey)).toEqual(['a.tgz', 'a.tgz', '$F', '"node.tar.xz']);
  });
});

describe('which file a check verifies', () => {
  it('reads sum lines, checksum files named for a file, signatures and here-strings', () => {
    const [, echoed, named, signature, herestring] = commands(
      [
        'RUN echo "abc  /tmp/a.tgz" | sha256sum -c -',
        'RUN sha256sum -c b.tgz.sha256',
        'RUN gpg --batch --verify c.asc c',
        'RUN sha256sum -c <<< "abc  d.tgz"',
      ].join('\n'),
    );
    expect(checkedFiles(echoed!)).toEqual(new Set(['abc', 'a.tgz']));
    expect(checkedFiles(named!)).toEqual(new Set(['b.tgz.sha256', 'b.tgz']));
    expect([...(checkedFiles(signature!) as Set<string>)]).toContain('c');
    expect([...(checkedFiles(herestring!) as Set<string>)]).toContain('d.tgz');
  });

  it('takes a list of no one file (SHA256SUMS, a list of its own name) as checking any file', () => {
    const [list, , own] = commands('RUN sha256sum -c --ignore-missing SHA256SUMS && echo "$S  /opt/x.jar" > /tmp/sums && sha256sum -c /tmp/sums');
    expect(checkedFiles(list!)).toBe('any');
    expect(checkedFiles(own!)).toBe('any');
  });

  it('tells a check, a use and a rename of a file apart', () => {
    const [check, other, untar, move, run, chmod] = commands(
      'RUN echo "s  a.tgz" | sha256sum -c - && sha256sum -c b.sha256 && tar -xzf /tmp/a.tgz && mv /tmp/a.tgz /opt/c.tgz && /tmp/a.tgz --help && chmod +x /tmp/a.tgz',
    ).filter((command) => command.argv[0]?.value !== 'echo');
    expect(treatment(check!, keys('a.tgz'))).toEqual({ verifies: true });
    expect(treatment(other!, keys('a.tgz'))).toBeUndefined();
    expect(treatment(untar!, keys('a.tgz'))).toEqual({ uses: true });
    expect(treatment(move!, keys('a.tgz'))).toEqual({ renames: ['c.tgz'] });
    expect(treatment(run!, keys('a.tgz'))).toEqual({ uses: true });
    expect(treatment(chmod!, keys('a.tgz'))).toBeUndefined();
  });
});

describe('fingerprint checks of keys', () => {
  it('counts a compared fingerprint, a checksum of the key and an export by full fingerprint, not a printed one', () => {
    const [shown, , printed, , summed, exported, exportAll] = commands(
      [
        'RUN gpg --show-keys --with-colons k.asc | grep -q FPR',
        'RUN gpg --show-keys k.asc',
        'RUN echo "s  k.asc" | sha256sum -c -',
        'RUN gpg --export 9DC858229FC7DD38854AE2D88D81803C0EBFCD88 > /etc/apt/keyrings/k.asc',
        'RUN gpg --export > /etc/apt/keyrings/k.asc',
      ].join('\n'),
    );
    expect(checksFingerprint(shown!, keys('k.asc'))).toBe(true);
    expect(checksFingerprint(printed!, keys('k.asc'))).toBe(false);
    expect(checksFingerprint(summed!, keys('k.asc'))).toBe(true);
    expect(checksFingerprint(exported!, keys('k.asc'))).toBe(true);
    expect(checksFingerprint(exportAll!, keys('k.asc'))).toBe(false);
  });
});
