// Robustness and coverage of the parser on the real corpus (no gold): every file read and parsed,
// how long it took, and for each feature the share of documents that have it where the parser found it.
import { stat } from 'node:fs/promises';
import { basename, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DocumentFileError, listDocumentFiles, readDocumentFile } from '@cancu/seed/files/read-document-file';
import { parseDocument } from '@cancu/seed/parse/parse-document';
import type { ParsedDocument } from '@cancu/seed/parsed-document';
import { detectFeatures, FEATURES, type Feature } from './detect-features.ts';

/** `../shared/corpus/real` beside the repository, wherever the command is run from */
export const DEFAULT_REAL_DIR = fileURLToPath(new URL('../../../../shared/corpus/real', import.meta.url));
export const DEFAULT_REAL_LABEL = '../shared/corpus/real';

export interface FeatureCoverage {
  feature: Feature;
  /** documents the detector says have it */
  has: number;
  /** of those, documents where the parser found it */
  found: number;
  /** documents where the parser found it though the detector saw no sign of it */
  foundWithout: number;
  /** up to five files that have it where the parser found nothing */
  examplesMissed: string[];
}

export interface CoverageReport {
  present: boolean;
  dir: string;
  label: string;
  files: number;
  parsed: number;
  errors: Array<{ file: string; reason: string }>;
  totalMs: number;
  maxMs: number;
  slowest: string | null;
  coverage: FeatureCoverage[];
}

const FOUND: Record<Feature, (d: ParsedDocument) => boolean> = {
  number: (d) => d.number !== null,
  kind: (d) => !d.warnings.some((w) => w.kind === 'missing-kind'),
  date: (d) => d.issuedOn !== null,
  issuer: (d) => d.issuers.length > 0,
  bases: (d) => d.bases.length > 0,
  articles: (d) => d.articles.length > 0,
  signers: (d) => d.signers.some((s) => Boolean(s.name)),
};

export async function measureRealCorpus(dir: string = DEFAULT_REAL_DIR, label: string = dir): Promise<CoverageReport> {
  const report: CoverageReport = { present: false, dir, label, files: 0, parsed: 0, errors: [], totalMs: 0, maxMs: 0, slowest: null, coverage: [] };
  if (!(await stat(dir).catch(() => null))?.isDirectory()) return report;
  report.present = true;
  const files = await listDocumentFiles([dir]);
  report.files = files.length;
  const coverage = new Map<Feature, FeatureCoverage>(FEATURES.map((feature) => [feature, { feature, has: 0, found: 0, foundWithout: 0, examplesMissed: [] }]));
  for (const file of files) {
    const name = relative(dir, file);
    let text: string;
    try {
      text = await readDocumentFile(file);
    } catch (error) {
      report.errors.push({ file: name, reason: error instanceof DocumentFileError ? error.reason : (error as Error).message });
      continue;
    }
    const started = performance.now();
    const parsed = parseDocument(text, basename(file));
    const ms = performance.now() - started;
    report.totalMs += ms;
    if (ms > report.maxMs) [report.maxMs, report.slowest] = [ms, name];
    const failed = parsed.warnings.find((w) => w.kind === 'parse-failed');
    if (failed) {
      report.errors.push({ file: name, reason: failed.message });
      continue;
    }
    report.parsed++;
    const has = detectFeatures(text);
    for (const feature of FEATURES) {
      const c = coverage.get(feature)!;
      const found = FOUND[feature](parsed);
      if (has[feature]) {
        c.has++;
        if (found) c.found++;
        else if (c.examplesMissed.length < 5) c.examplesMissed.push(name);
      } else if (found) c.foundWithout++;
    }
  }
  report.coverage = [...coverage.values()];
  return report;
}
