import { join } from 'node:path';
import { z } from 'zod';
import { readYamlFile } from '../data/read-yaml-file.ts';
import { templateSchema as template } from '../data/template.ts';

/** Schema of `data/hours-text.yaml`: the words used to tell a resident whether a line is open now. */
export const hoursTextsSchema = z.strictObject({
  alwaysOpen: template(),
  varies: template(),
  open: template('closesAt'),
  opensLaterToday: template('time'),
  closedForToday: template('nextOpen'),
  closedToday: template('nextOpen'),
  closedNextVaries: template(),
  closedNoNext: template(),
  afterHours: template('afterHours'),
  afterHoursNext: template('afterHours', 'nextOpen'),
  todayAt: template('time'),
  dateTime: template('month', 'day', 'weekday', 'time'),
  endOfDay: template(),
  weekdays: z.array(z.string().min(1)).length(7, { error: '曜日の名前を日曜から土曜まで7つ書いてください' }),
});

/**
 * The words of `data/hours-text.yaml`. Templates take `{closesAt}`, `{nextOpen}`, `{time}`
 * (e.g. `9:30`) and, in `dateTime`, `{month}` `{day}` `{weekday}` `{time}`;
 * `weekdays` lists the day names from Sunday (日) to Saturday (土).
 */
export type HoursTexts = z.output<typeof hoursTextsSchema>;

/** The file name of the hours words inside the data directory. */
export const HOURS_TEXT_FILE = 'hours-text.yaml';

/** Reads and validates `<dataDir>/hours-text.yaml`; throws DataFileError naming the field. */
export function loadHoursTexts(dataDir: string): HoursTexts {
  return readYamlFile(join(dataDir, HOURS_TEXT_FILE), hoursTextsSchema);
}
