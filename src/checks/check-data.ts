import type { HoursRules } from '../hours/hours-rules.ts';
import type { NumberReading } from './phone-numbers.ts';

/**
 * What the number and link checks compare against, loaded once at start-up (see
 * load-check-data.ts) and passed in: the stage itself reads no file.
 */
export interface CheckData {
  readonly numbers: NumberDirectory;
  readonly domains: DomainLists;
  readonly phishList: PhishList;
}

/** One official number: which contact (or curated line) it belongs to, and how to show it. */
export interface OfficialNumber {
  /** The contact ID in data/ (`mynumber_freedial`, `local_city_office`, `nenkin_dial` …). */
  readonly contactId: string;
  /** The deployment file it came from (`shiki`), or null for contacts.yaml and official-numbers.yaml. */
  readonly deploymentId: string | null;
  readonly name: string;
  /** The number as the data writes it (`0120-95-0178`, `#9110`) and its tel: URI. */
  readonly display: string;
  readonly tel: string;
  /** Hours for the live status, or null when only `hoursText` is known. */
  readonly hours: HoursRules | null;
  readonly hoursText: string;
  /** Who answers outside the hours (the contact's `afterHours`), said in the status as on the contact cards; null: nobody. */
  readonly afterHours: string | null;
  /** `numberCheckNote` of every contact that lists this number, in data order (0120-95-0178: card suspension answers 24 hours). */
  readonly checkNotes: readonly string[];
}

/** Official numbers by normalised form (`0120950178`, `#9110`, `188`); the first writer of a number wins. */
export interface NumberDirectory {
  readonly byNumber: ReadonlyMap<string, OfficialNumber>;
  /** How numbers are read in a message (official-numbers.yaml `reading`). */
  readonly reading: NumberReading;
}

/** An official site (data/official-domains.yaml). */
export interface OfficialHost {
  readonly host: string;
  readonly name: string;
  readonly keywords: readonly string[];
}

/** The domain lists of the link check. */
export interface DomainLists {
  readonly officialHosts: readonly OfficialHost[];
  /** `go.jp`, `lg.jp` (signals.yaml `links.governmentSuffixes`). */
  readonly governmentSuffixes: readonly string[];
  /** signals.yaml `links.shorteners`. */
  readonly shorteners: ReadonlySet<string>;
  readonly suffixImitations: readonly string[];
  readonly bareLinkEndings: ReadonlySet<string>;
  readonly sharedHosts: ReadonlySet<string>;
}

/** An imported phishing URL list (npm run phishlist -- import). */
export interface PhishList {
  /** `host/path` keys (host normalised, path without query, fragment or trailing slash). */
  readonly keys: ReadonlySet<string>;
  /** Hosts of the entries (a whole host is listed unless it is a shared host). */
  readonly hosts: ReadonlySet<string>;
  /** Date of the newest entry (`YYYY-MM-DD`, Japan time as the list writes it), or null. */
  readonly newestEntry: string | null;
  /** When the list was last imported (ISO instant), or null when none was. */
  readonly importedAt: string | null;
}

/** An empty phishing list (nothing imported yet). */
export const EMPTY_PHISH_LIST: PhishList = { keys: new Set(), hosts: new Set(), newestEntry: null, importedAt: null };
