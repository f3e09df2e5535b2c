// Where the bundled seed documents live.
import { fileURLToPath } from 'node:url';

export const SEED_CORPUS_DIR = fileURLToPath(new URL('../corpus', import.meta.url));
