import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';

/** The versioned seed files (Eurostat extracts with their sources, see seed-data/SOURCES.md). */
export const SEED_DATA_DIR = path.resolve(__dirname, '..', '..', '..', 'seed-data');

export function readSeedCsv<T extends Record<string, string>>(file: string): T[] {
  const text = fs.readFileSync(path.join(SEED_DATA_DIR, file), 'utf8');
  const parsed = Papa.parse<T>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0]!;
    throw new Error(`${file}: row ${e.row ?? '?'}: ${e.message}`);
  }
  return parsed.data;
}
