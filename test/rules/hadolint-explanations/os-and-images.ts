/** Cases where repro-audit is stricter than hadolint on purpose: which snippet, and why. */
export interface StricterThanHadolint {
  hadolint: string;
  /** A substring that identifies the case's snippet. */
  contains: string;
  /** Starts with the rule id that flags it. */
  because: string;
}

const MUTABLE_TAG = 'RA101: a tag is a mutable pointer; only a digest names one image (hadolint accepts any tag but latest)';

export const osAndImageExplanations: StricterThanHadolint[] = [
  { hadolint: 'DL3006', contains: 'FROM ruby@sha256:f1dbca0f5dbc9', because: 'RA101: a truncated digest is not a pin (BuildKit rejects it; a full sha256 has 64 hex digits)' },
  { hadolint: 'DL3006', contains: 'FROM ruby:2', because: MUTABLE_TAG },
  { hadolint: 'DL3006', contains: 'FROM golang:1.9.3-alpine3.7 AS build', because: MUTABLE_TAG },
  { hadolint: 'DL3006', contains: 'FROM ${VALUE}', because: 'RA101: (note) the reference cannot be resolved, so nothing says it is pinned; the note asks for a pinned default' },
  { hadolint: 'DL3007', contains: 'FROM debian:jessie', because: MUTABLE_TAG },
  { hadolint: 'DL3008', contains: '=2.2.2*', because: 'RA201: a version glob (`=2.2.2*`) accepts any matching release: not one exact version' },
  { hadolint: 'DL3018', contains: 'git~2.52.0', because: 'RA202: apk `~` is a fuzzy match (any 2.52.0.x), not a pin' },
  { hadolint: 'DL3018', contains: 'git~=2.52', because: 'RA202: apk `~=` is a fuzzy match, not a pin' },
  { hadolint: 'DL3018', contains: 'git=~2.52', because: 'RA202: apk `=~` is a fuzzy match, not a pin' },
  { hadolint: 'DL3018', contains: '"flex>=2.6.1-r1"', because: 'RA202: `>=`, `<`, `~` and `=~` constraints are ranges, not pins' },
  { hadolint: 'DL3033', contains: 'module install -y tomcat:9', because: 'RA203: a module stream (`tomcat:9`) fixes only the major version; its packages still float' },
  { hadolint: 'DL3041', contains: 'module install -y tomcat:9', because: 'RA203: a module stream (`tomcat:9`) fixes only the major version; its packages still float' },
  {
    hadolint: 'DL3033',
    contains: 'ARG version=2.51.0-2.fc42\nFROM fedora:fc42\n',
    because: 'RA203: an ARG declared in another stage is not in scope after the next FROM, so `${version}` is empty at build time and the package is unpinned',
  },
  {
    hadolint: 'DL3041',
    contains: 'ARG version=2.51.0-2.fc42\nFROM fedora:fc42\n',
    because: 'RA203: an ARG declared in another stage is not in scope after the next FROM, so `${version}` is empty at build time and the package is unpinned',
  },
  { hadolint: 'DL3037', contains: 'tomcat\\>', because: 'RA204: `>=`/`>` constraints are ranges, not pins' },
  { hadolint: 'DL3037', contains: 'tomcat\\<', because: 'RA204: `<=`/`<` constraints are ranges, not pins' },
];
