// The build's one-line account of the import's interpretation rules, from data/official/import-report.json.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { IMPORT_REPORT_FILE } from './files.js';

interface RuleUse {
  id: string;
  field: string;
  records: number;
}

/** "interpretation rules: 34 (…); 151 records recoded …", or undefined when the report has none. */
export function readInterpretations(dataDir: string): string | undefined {
  const file = path.join(dataDir, IMPORT_REPORT_FILE);
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    interpretations?: { rules: RuleUse[]; countryRecoded: number; titlesFromRules: number };
  };
  const i = report.interpretations;
  if (!i) return undefined;
  const country = i.rules.filter((r) => r.field === 'country');
  const touched = country.reduce((sum, r) => sum + r.records, 0);
  return (
    `interpretation rules: ${i.rules.length} (data/reference/historian-rules.json); ` +
    `${country.length} country rules cover ${touched} records, ${i.countryRecoded} of them recoded to the state or territory of their date; ` +
    `${i.titlesFromRules} travel records titled by a title rule (President-elect)`
  );
}
