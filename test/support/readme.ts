import fs from 'node:fs';
import path from 'node:path';
import { markdownIt } from './markdown.js';
import { PROJECT_ROOT } from './bundle.js';

export interface ReadmeBlock {
  /** The `###` heading the block is under. */
  heading: string;
  lang: string;
  code: string;
}

/** The fenced blocks of README's "Install and run" section, in order, read by markdown-it. */
export function readmeInstallBlocks(): ReadmeBlock[] {
  const tokens = markdownIt.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8'), {});
  const blocks: ReadmeBlock[] = [];
  let inSection = false;
  let heading = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'heading_open') {
      const text = tokens[i + 1]!.content;
      if (token.tag === 'h2') inSection = text === 'Install and run';
      if (token.tag === 'h3') heading = text;
    } else if (inSection && token.type === 'fence') blocks.push({ heading, lang: token.info.trim(), code: token.content });
  }
  return blocks;
}
