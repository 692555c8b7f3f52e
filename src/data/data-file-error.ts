/**
 * An operator-editable data file (under `data/` or `intents/`) is wrong.
 * The message always names the file, the field path inside it, and the problem,
 * so a city-office operator can find and fix the mistake without reading code.
 */
export class DataFileError extends Error {
  readonly file: string;
  readonly issues: readonly DataFileIssue[];

  constructor(file: string, issues: readonly DataFileIssue[]) {
    super(
      `Invalid data file ${file}:\n` +
        issues.map((i) => `  - ${i.path || '(top level)'}: ${i.message}`).join('\n'),
    );
    this.name = 'DataFileError';
    this.file = file;
    this.issues = issues;
  }
}

/** One problem found in a data file: where (dotted path, e.g. `contacts[2].hours.weekday`) and what. */
export interface DataFileIssue {
  readonly path: string;
  readonly message: string;
}
