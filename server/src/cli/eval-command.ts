// `cancu eval`: scores the reading of the seed documents against the gold, field group by field
// group, through GraphQL; then measures robustness and coverage on the real corpus when it is here.
import { resolve } from 'node:path';
import { evaluateGold } from '../eval/evaluate-gold.ts';
import { coverageLines, goldLines, verdictLines } from '../eval/print-report.ts';
import { DEFAULT_REAL_DIR, DEFAULT_REAL_LABEL, measureRealCorpus } from '../eval/real-corpus-coverage.ts';
import type { CommandInput } from './main.ts';

export async function runEval(input: CommandInput): Promise<number> {
  const goldDir = typeof input.values.gold === 'string' ? resolve(input.values.gold) : undefined;
  const realArg = typeof input.values.real === 'string' ? input.values.real : undefined;
  const gold = await evaluateGold({ goldDir });
  const real = await measureRealCorpus(realArg ? resolve(realArg) : DEFAULT_REAL_DIR, realArg ?? DEFAULT_REAL_LABEL);
  if (input.values.json) {
    console.log(JSON.stringify({ gold, real }, null, 2));
  } else {
    console.log([...goldLines(gold), '', ...coverageLines(real), '', ...verdictLines(gold)].join('\n'));
  }
  return gold.passed ? 0 : 1;
}
