/**
 * An operator-editable data file (under `data/` or `intents/`) is wrong.
 * The message always names the file, the field path inside it (a list item by its `id` when
 * it has one), and the problem, in Japanese, so a city-office operator can find and fix the
 * mistake without reading code.
 */
export class DataFileError extends Error {
  readonly file: string;
  readonly issues: readonly DataFileIssue[];

  constructor(file: string, issues: readonly DataFileIssue[]) {
    super(
      `データファイル ${file} に誤りがあります:\n` +
        issues.map((i) => `  - ${i.path || '（ファイル全体）'}: ${i.message}`).join('\n'),
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
