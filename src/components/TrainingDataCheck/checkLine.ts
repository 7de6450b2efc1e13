/**
 * One line of a JSONL training file: parse it, decide its format, and list
 * what is wrong with it. Pure; the file-level work (duplicates, tokens,
 * summary) happens in datasetSummary.ts.
 */
import {findingKinds, quote, type FindingKind} from './findings';
import {NormalisedHash} from './hash';

export type TrainingFormat = 'chat' | 'preference';
/** "auto" decides from the first line that is clearly one or the other. */
export type FormatChoice = TrainingFormat | 'auto';

/** Roles a chat fine-tuning file may use (OpenAI/Azure OpenAI chat format). */
export const KNOWN_ROLES = ['system', 'user', 'assistant', 'tool'] as const;
const TOP_LEVEL_CHAT_KEYS = new Set(['messages', 'tools', 'functions', 'parallel_tool_calls']);
const MESSAGE_KEYS = new Set(['role', 'content', 'name', 'weight', 'tool_calls', 'tool_call_id', 'function_call']);
const PREFERENCE_KEYS = ['prompt', 'chosen', 'rejected'] as const;

export interface LineFinding {
  kind: FindingKind;
  reason: string;
}

export interface ChatTurn {
  role: string;
  /** Shown to the tokenizer as the role when present. */
  name?: string;
  content: string;
}

/** What the rest of the checker needs from a line that parsed as an example. */
export interface Example {
  format: TrainingFormat;
  /** Chat: the messages with string content. Preference: prompt, chosen and rejected as three texts. */
  turns: ChatTurn[];
  /** The first system message, as written (chat only). */
  systemPrompt: string | null;
  /** Texts whose lengths go into the response-length histogram: assistant messages, or the chosen answer. */
  responses: string[];
  /** Hash of everything before the answer, normalised: two examples with the same key ask the same thing. */
  promptKey: number;
  /** Hash of the answer, normalised; null when there is no answer. */
  answerKey: number | null;
  /** Hash of the whole example, normalised: equal keys are near duplicates. */
  nearKey: number;
}

export type LineCheck =
  | {kind: 'blank'}
  /** Not an example at all (not JSON, not an object, or no recognisable shape). */
  | {kind: 'unusable'; findings: LineFinding[]}
  /** An example; `findings` may still hold errors that make it untrainable. */
  | {kind: 'example'; example: Example; findings: LineFinding[]; valid: boolean};

/** Lower case, runs of whitespace as one space, trimmed: what "near duplicate" ignores. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The hash of normalise(turns as "role: content" lines), computed without building that string. */
export function turnsKey(turns: readonly ChatTurn[]): number {
  const hash = new NormalisedHash();
  turns.forEach((turn, i) => {
    if (i > 0) hash.add('\n');
    hash.add(turn.role).add(': ').add(turn.content);
  });
  return hash.digest();
}

/** The hash of normalise(text). */
export function textKey(...parts: string[]): number {
  const hash = new NormalisedHash();
  parts.forEach((part, i) => {
    if (i > 0) hash.add('\n');
    hash.add(part);
  });
  return hash.digest();
}

/** "a number", "a list", "null": how a JSON value reads in a sentence. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Which format an object looks like, or null when it has neither shape's keys. */
export function detectFormat(value: Record<string, unknown>): TrainingFormat | null {
  if ('messages' in value) return 'chat';
  if (PREFERENCE_KEYS.some((key) => key in value)) return 'preference';
  return null;
}

function listKeys(keys: string[]): string {
  const shown = keys.slice(0, 3).map((key) => quote(key, 30));
  return keys.length > 3 ? `${shown.join(', ')} and ${keys.length - 3} more` : shown.join(', ');
}

/** V8 says "… in JSON at position 12 (line 1 column 13)"; keep the position, not the echoed text. */
export function jsonErrorReason(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return `Not valid JSON: the parser stopped at character ${Number(position) + 1}.`;
  if (/end of (JSON )?input|Unterminated/i.test(message)) return 'Not valid JSON: the line ends in the middle of a value.';
  return text.trimStart().startsWith('[') || text.trimStart().startsWith('{')
    ? 'Not valid JSON.'
    : `Not valid JSON: a line must be one JSON object, and this one starts with ${quote(text.trim(), 12)}.`;
}

function checkChat(value: Record<string, unknown>): {findings: LineFinding[]; example: Example | null} {
  const findings: LineFinding[] = [];
  const extra = Object.keys(value).filter((key) => !TOP_LEVEL_CHAT_KEYS.has(key));
  if (extra.length > 0) findings.push({kind: 'unexpected-keys', reason: `Unexpected key${extra.length > 1 ? 's' : ''} ${listKeys(extra)} beside “messages”.`});

  const messages = value.messages;
  if (!Array.isArray(messages)) {
    findings.push({kind: 'missing-messages', reason: `“messages” is ${describeType(messages)}, not a list of messages.`});
    return {findings, example: null};
  }
  if (messages.length === 0) {
    findings.push({kind: 'missing-messages', reason: '“messages” is an empty list.'});
    return {findings, example: null};
  }

  const turns: ChatTurn[] = [];
  messages.forEach((message: unknown, index) => {
    const n = index + 1;
    if (!isObject(message)) {
      findings.push({kind: 'bad-message', reason: `Message ${n} is ${describeType(message)}, not an object with “role” and “content”.`});
      return;
    }
    const unexpected = Object.keys(message).filter((key) => !MESSAGE_KEYS.has(key));
    if (unexpected.length > 0) findings.push({kind: 'unexpected-keys', reason: `Message ${n} has unexpected key${unexpected.length > 1 ? 's' : ''} ${listKeys(unexpected)}.`});
    const {role, content, name} = message;
    if (typeof role !== 'string') {
      findings.push({kind: 'bad-message', reason: role === undefined ? `Message ${n} has no “role”.` : `Message ${n}'s “role” is ${describeType(role)}, not a string.`});
      return;
    }
    if (!(KNOWN_ROLES as readonly string[]).includes(role)) {
      findings.push({kind: 'unknown-role', reason: `Message ${n} has the role ${quote(role, 24)}; expected ${KNOWN_ROLES.join(', ')}.`});
      return;
    }
    const callsATool = role === 'assistant' && (message.tool_calls !== undefined || message.function_call !== undefined);
    if (content === undefined || content === null) {
      if (!callsATool) findings.push({kind: 'empty-content', reason: `Message ${n} (${role}) has no “content”.`});
      turns.push({role, content: '', ...(typeof name === 'string' ? {name} : {})});
      return;
    }
    if (typeof content !== 'string') {
      findings.push({kind: 'non-string-content', reason: `Message ${n} (${role}): “content” is ${describeType(content)}, not a string.`});
      return;
    }
    if (content.trim() === '' && !callsATool) findings.push({kind: 'empty-content', reason: `Message ${n} (${role}) has empty content.`});
    turns.push({role, content, ...(typeof name === 'string' ? {name} : {})});
  });

  const roles = messages.map((m: unknown) => (isObject(m) ? m.role : undefined));
  if (!roles.includes('assistant')) {
    findings.push({kind: 'no-assistant', reason: 'No assistant message: there is nothing for the model to learn to say.'});
  } else {
    const last = roles[roles.length - 1];
    if (last !== 'assistant') {
      findings.push({kind: 'last-not-assistant', reason: `The last message is from ${typeof last === 'string' ? quote(last, 24) : 'no role'}, not the assistant.`});
    }
  }

  // The answer is the last assistant turn; the prompt is everything before it.
  let answerAt = -1;
  for (let i = turns.length - 1; i >= 0; i--) {
    if (turns[i].role === 'assistant') {
      answerAt = i;
      break;
    }
  }
  const promptTurns = answerAt >= 0 ? turns.slice(0, answerAt) : turns;
  const system = turns.find((turn) => turn.role === 'system');
  return {
    findings,
    example: {
      format: 'chat',
      turns,
      systemPrompt: system ? system.content : null,
      responses: turns.filter((turn) => turn.role === 'assistant').map((turn) => turn.content),
      promptKey: turnsKey(promptTurns),
      answerKey: answerAt >= 0 ? textKey(turns[answerAt].content) : null,
      nearKey: turnsKey(turns),
    },
  };
}

function checkPreference(value: Record<string, unknown>): {findings: LineFinding[]; example: Example | null} {
  const findings: LineFinding[] = [];
  const extra = Object.keys(value).filter((key) => !(PREFERENCE_KEYS as readonly string[]).includes(key));
  if (extra.length > 0) findings.push({kind: 'unexpected-keys', reason: `Unexpected key${extra.length > 1 ? 's' : ''} ${listKeys(extra)} beside “prompt”, “chosen” and “rejected”.`});
  const texts: Partial<Record<(typeof PREFERENCE_KEYS)[number], string>> = {};
  for (const key of PREFERENCE_KEYS) {
    const field = value[key];
    if (field === undefined) findings.push({kind: 'missing-field', reason: `No “${key}”.`});
    else if (typeof field !== 'string') findings.push({kind: 'missing-field', reason: `“${key}” is ${describeType(field)}, not a string.`});
    else if (field.trim() === '') findings.push({kind: 'missing-field', reason: `“${key}” is empty.`});
    else texts[key] = field;
  }
  const {prompt, chosen, rejected} = texts;
  if (chosen !== undefined && rejected !== undefined && chosen.trim() === rejected.trim()) {
    findings.push({kind: 'identical-pair', reason: '“chosen” and “rejected” are the same text: the pair teaches no preference.'});
  }
  if (prompt === undefined || chosen === undefined || rejected === undefined) return {findings, example: null};
  return {
    findings,
    example: {
      format: 'preference',
      turns: [
        {role: 'user', content: prompt},
        {role: 'assistant', content: chosen},
        {role: 'assistant', content: rejected},
      ],
      systemPrompt: null,
      responses: [chosen],
      promptKey: textKey(prompt),
      answerKey: textKey(chosen),
      nearKey: textKey(prompt, chosen, rejected),
    },
  };
}

/**
 * Check one line. `format` is the file's format once known; with null (auto,
 * not decided yet) the line's own shape decides.
 */
export function checkLine(text: string, format: TrainingFormat | null): LineCheck {
  if (text.trim() === '') return {kind: 'blank'};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {kind: 'unusable', findings: [{kind: 'not-json', reason: jsonErrorReason(error, text)}]};
  }
  if (!isObject(value)) {
    return {kind: 'unusable', findings: [{kind: 'not-object', reason: `The line is ${describeType(value)}; each line must be one JSON object.`}]};
  }
  const shape = detectFormat(value);
  if (shape === null) {
    const keys = Object.keys(value);
    const expected = format === 'preference' ? '“prompt”, “chosen” and “rejected”' : format === 'chat' ? '“messages”' : '“messages” (chat) or “prompt”, “chosen” and “rejected” (preference)';
    return {
      kind: 'unusable',
      findings: [{kind: format === 'preference' ? 'missing-field' : 'missing-messages', reason: `No ${expected}${keys.length ? `; the object has ${listKeys(keys)}` : '; the object is empty'}.`}],
    };
  }
  if (format !== null && shape !== format) {
    return {
      kind: 'unusable',
      findings: [{kind: 'wrong-format', reason: `This line is a ${shape} example, but the file is checked as ${format} examples.`}],
    };
  }
  const {findings, example} = shape === 'chat' ? checkChat(value) : checkPreference(value);
  if (example === null) return {kind: 'unusable', findings};
  const valid = !findings.some((finding) => isError(finding.kind));
  return {kind: 'example', example, findings, valid};
}

function isError(kind: FindingKind): boolean {
  return findingKinds[kind].severity === 'error';
}
