/**
 * What the checker can say about one line of a training file. Each kind has a
 * severity: an error means a fine-tuning service would reject the line (or
 * train on something the reader did not mean); a warning is worth a look.
 */

export type Severity = 'error' | 'warning';

export type FindingKind =
  | 'not-json'
  | 'not-object'
  | 'missing-messages'
  | 'bad-message'
  | 'unknown-role'
  | 'empty-content'
  | 'non-string-content'
  | 'no-assistant'
  | 'last-not-assistant'
  | 'missing-field'
  | 'identical-pair'
  | 'wrong-format'
  | 'line-too-long'
  | 'unexpected-keys'
  | 'blank-line'
  | 'not-utf8'
  | 'exact-duplicate'
  | 'near-duplicate'
  | 'conflicting-answer'
  | 'over-context';

export interface FindingKindInfo {
  severity: Severity;
  /** A short name for the filter list, in the reader's words. */
  label: string;
}

export const findingKinds: Record<FindingKind, FindingKindInfo> = {
  'not-json': {severity: 'error', label: 'Not valid JSON'},
  'not-object': {severity: 'error', label: 'Wrong top-level type'},
  'missing-messages': {severity: 'error', label: 'Missing messages'},
  'bad-message': {severity: 'error', label: 'Malformed message'},
  'unknown-role': {severity: 'error', label: 'Unknown role'},
  'empty-content': {severity: 'error', label: 'Empty content'},
  'non-string-content': {severity: 'error', label: 'Content not a string'},
  'no-assistant': {severity: 'error', label: 'No assistant message'},
  'last-not-assistant': {severity: 'error', label: 'Last message not from the assistant'},
  'missing-field': {severity: 'error', label: 'Missing prompt, chosen or rejected'},
  'identical-pair': {severity: 'error', label: 'Chosen and rejected identical'},
  'wrong-format': {severity: 'error', label: 'Other format than the file'},
  'line-too-long': {severity: 'error', label: 'Line too long'},
  'unexpected-keys': {severity: 'warning', label: 'Unexpected keys'},
  'blank-line': {severity: 'warning', label: 'Blank line'},
  'not-utf8': {severity: 'warning', label: 'Not UTF-8 text'},
  'exact-duplicate': {severity: 'warning', label: 'Exact duplicate'},
  'near-duplicate': {severity: 'warning', label: 'Near duplicate'},
  'conflicting-answer': {severity: 'warning', label: 'Same prompt, different answer'},
  'over-context': {severity: 'warning', label: 'Over the context limit'},
};

/** The findings list keeps this many; the counts per kind are always complete. */
export const MAX_STORED_FINDINGS = 10_000;

export const FINDING_KINDS = Object.keys(findingKinds) as FindingKind[];

export interface Finding {
  /** 1-based line number in the file. */
  line: number;
  kind: FindingKind;
  /** A plain sentence; any text quoted from the file is cut short and is only ever shown as text. */
  reason: string;
}

/** Quote a bit of the reader's file inside a reason: short, on one line. */
export function quote(text: string, max = 40): string {
  const oneLine = text.replace(/\s+/g, ' ');
  const cut = oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
  return `“${cut}”`;
}

/** What the findings list can show: everything, one severity, or one kind. */
export type FindingFilter = 'all' | Severity | FindingKind;

export function matchesFilter(kind: FindingKind, filter: FindingFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'error' || filter === 'warning') return findingKinds[kind].severity === filter;
  return kind === filter;
}

/** How many findings of the whole file a filter covers (the list itself may keep fewer). */
export function countMatching(counts: Record<FindingKind, number>, filter: FindingFilter): number {
  return FINDING_KINDS.filter((kind) => matchesFilter(kind, filter)).reduce((sum, kind) => sum + counts[kind], 0);
}

/** "Line 12: Not valid JSON — …" as copied to the clipboard. */
export function findingAsText(finding: Finding): string {
  return `Line ${finding.line}\t${findingKinds[finding.kind].severity}\t${findingKinds[finding.kind].label}\t${finding.reason}`;
}
