// The text as blocks: each cleaned line gets the role of the reading that took it, noise its own.

import type { BlockRole, ParsedBlock } from '../parsed-document.ts';
import type { Line } from './normalize-text.ts';

export interface Claims {
  header: Iterable<number>;
  title: Iterable<number>;
  basis: Iterable<number>;
  signature: Iterable<number>;
  recipients: Iterable<number>;
  /** roles the structure gave the body lines */
  body: Map<number, BlockRole>;
  /** lines from here up to the body are the preamble */
  preambleStart: number;
  bodyStart: number;
}

export function readBlocks(lines: Line[], noise: Line[], claims: Claims): ParsedBlock[] {
  const roles = new Map<number, BlockRole>();
  const claim = (indexes: Iterable<number>, role: BlockRole) => {
    for (const i of indexes) roles.set(i, role);
  };
  for (const [i, role] of claims.body) roles.set(i, role);
  claim(claims.header, 'header');
  claim(claims.title, 'title');
  claim(claims.basis, 'basis');
  claim(claims.signature, 'signature');
  claim(claims.recipients, 'recipients');
  const blocks = lines.map((line, i) => ({ role: roles.get(i) ?? fallback(i, claims), text: line.text, line: line.line }));
  const noiseBlocks = noise.map((line) => ({ role: 'noise' as const, text: line.text, line: line.line }));
  return [...blocks, ...noiseBlocks].sort((a, b) => a.line - b.line);
}

function fallback(index: number, claims: Claims): BlockRole {
  if (index < claims.preambleStart) return 'header';
  return index < claims.bodyStart ? 'preamble' : 'other';
}
