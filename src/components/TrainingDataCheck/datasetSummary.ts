/**
 * Reads a training file line by line and keeps only what the summary needs:
 * counts, hashes for duplicates, token counts per example, a fixed-bin
 * histogram and the first findings. Memory grows with the number of examples
 * (a few numbers each), never with the size of the text.
 */
import {checkLine, textKey, type Example, type FormatChoice, type TrainingFormat} from './checkLine';
import {FINDING_KINDS, MAX_STORED_FINDINGS, type Finding, type FindingKind} from './findings';
import {hash53} from './hash';
import {HashIndex} from './hashIndex';
import type {SplitLine} from './lines';
import {RESPONSE_LENGTH_EDGES, responseBand} from './responseBands';
import {chatTokens, type TokenCounter} from './tokenCounter';
import {formatInteger} from '@site/src/utils/numberFormat';


/** Distinct system prompts the summary quotes; beyond this it only counts them. */
const SYSTEM_PROMPTS_QUOTED = 1_000;
const SYSTEM_PROMPT_QUOTE_CHARS = 120;

export interface SystemPromptCount {
  /** The prompt's first characters, as written in the file. */
  text: string;
  examples: number;
}

export interface FileNotice {
  kind: 'bom' | 'crlf' | 'blank-lines' | 'not-utf8' | 'no-examples' | 'json-document';
  message: string;
}

export interface DatasetSummary {
  format: TrainingFormat | null;
  /** Lines in the file, blank ones included. */
  lines: number;
  blankLines: number;
  /** Non-blank lines: each one meant to be an example. */
  examples: number;
  /** Examples with no error: what a trainer would accept. */
  valid: number;
  invalid: number;
  /** Lines whose text repeats an earlier line exactly. */
  exactDuplicates: number;
  /** Lines that repeat an earlier example once case and whitespace are ignored (exact ones not counted again). */
  nearDuplicates: number;
  /** Examples asking what an earlier one asked, with a different answer. */
  conflictingAnswers: number;
  /** Distinct prompts (everything before the answer, normalised) among the examples that parsed. */
  distinctPrompts: number;
  /** Examples that parsed into a prompt and an answer (valid or not). */
  parsedExamples: number;
  /** Valid examples that are not a duplicate (exact or near) of an earlier line: what "How much data?" counts. */
  uniqueValid: number;
  /** Messages per role, over the valid examples. */
  roles: Record<string, number>;
  /** How many valid examples have n messages: index n (the last index collects "that many or more"). */
  messagesPerExample: number[];
  /** Valid chat examples with more than one user message. */
  multiTurnExamples: number;
  examplesWithoutSystemPrompt: number;
  distinctSystemPrompts: number;
  /** The most used system prompts, most used first (at most five). */
  topSystemPrompts: SystemPromptCount[];
  /** Tokens per valid example, in file order, and the line each one is on. */
  tokensPerExample: Uint32Array;
  exampleLines: Uint32Array;
  /** Sum of tokensPerExample: what one epoch bills. */
  totalTokens: number;
  /** Assistant responses (chosen answers for preference pairs) per band of RESPONSE_LENGTH_EDGES. */
  responseLengthBands: number[];
  responses: number;
  findingCounts: Record<FindingKind, number>;
  /** The first MAX_STORED_FINDINGS findings, in line order. */
  findings: Finding[];
  notices: FileNotice[];
}

/** A growable Uint32Array: 100,000 examples cost 400 KB. */
class NumberColumn {
  private data = new Uint32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  toArray(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}


/** Hashes are never negative, so this marks an example with no answer. */
const NO_ANSWER = -2;

const MESSAGES_PER_EXAMPLE_BUCKETS = 11; // 0…9 and "10 or more"

export class DatasetSummaryBuilder {
  private format: TrainingFormat | null;
  private readonly s = {
    lines: 0,
    blankLines: 0,
    examples: 0,
    valid: 0,
    exactDuplicates: 0,
    nearDuplicates: 0,
    conflictingAnswers: 0,
    parsedExamples: 0,
    uniqueValid: 0,
    multiTurnExamples: 0,
    examplesWithoutSystemPrompt: 0,
    totalTokens: 0,
    responses: 0,
  };
  private readonly roles: Record<string, number> = {};
  private readonly messagesPerExample = new Array<number>(MESSAGES_PER_EXAMPLE_BUCKETS).fill(0);
  private readonly responseLengthBands = new Array<number>(RESPONSE_LENGTH_EDGES.length).fill(0);
  private readonly exactSeen = new HashIndex();
  private readonly nearSeen = new HashIndex();
  /** prompt hash → first line, with its answer's hash (NO_ANSWER when it had none) */
  private readonly promptSeen = new HashIndex();
  private readonly systemPromptCounts = new Map<number, number>();
  private readonly systemPromptQuotes = new Map<number, string>();
  private readonly tokens = new NumberColumn();
  private readonly lineOfExample = new NumberColumn();
  private readonly findingCounts = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as Record<FindingKind, number>;
  private readonly findings: Finding[] = [];
  private crlfLines = 0;
  private lfLines = 0;
  private notUtf8Lines = 0;
  private sawBom = false;
  private firstNonBlank: string | null = null;

  constructor(
    choice: FormatChoice,
    private readonly counter: TokenCounter,
  ) {
    this.format = choice === 'auto' ? null : choice;
  }

  /** Lines read so far, blank ones included. */
  get lines(): number {
    return this.s.lines;
  }

  /** The file started with a UTF-8 byte-order mark (the decoder has already dropped it). */
  noteByteOrderMark(): void {
    this.sawBom = true;
  }

  private report(line: number, kind: FindingKind, reason: string): void {
    this.findingCounts[kind] += 1;
    if (this.findings.length < MAX_STORED_FINDINGS) this.findings.push({line, kind, reason});
  }

  add(line: SplitLine): void {
    this.s.lines += 1;
    if ('overlongChars' in line) {
      this.s.examples += 1;
      const mb = (line.overlongChars / 1e6).toFixed(1);
      this.report(line.number, 'line-too-long', `The line is ${mb} million characters long, far beyond any model's context window; it was not read.`);
      return;
    }
    if (line.crlf) this.crlfLines += 1;
    else this.lfLines += 1;
    const checked = checkLine(line.text, this.format);
    if (checked.kind === 'blank') {
      this.s.blankLines += 1;
      this.report(line.number, 'blank-line', 'Blank line: skipped here, but some services reject a file with blank lines.');
      return;
    }
    this.s.examples += 1;
    if (this.firstNonBlank === null) this.firstNonBlank = line.text.trimStart().slice(0, 1);
    if (line.text.includes('\uFFFD')) {
      this.notUtf8Lines += 1;
      this.report(line.number, 'not-utf8', 'Contains “\uFFFD”: bytes that are not UTF-8 text (or a literal replacement character).');
    }
    for (const finding of checked.findings) this.report(line.number, finding.kind, finding.reason);
    if (checked.kind === 'unusable') return;

    const {example, valid} = checked;
    if (this.format === null) this.format = example.format;
    this.s.parsedExamples += 1;

    const exactKey = hash53(line.text.trim());
    const firstExact = this.exactSeen.line(exactKey);
    let duplicate = true;
    if (firstExact !== undefined) {
      this.s.exactDuplicates += 1;
      this.report(line.number, 'exact-duplicate', `Same text as line ${firstExact}.`);
    } else {
      this.exactSeen.add(exactKey, line.number);
      const nearKey = example.nearKey;
      const firstNear = this.nearSeen.line(nearKey);
      if (firstNear !== undefined) {
        this.s.nearDuplicates += 1;
        this.report(line.number, 'near-duplicate', `Same as line ${firstNear} apart from case and whitespace.`);
      } else {
        this.nearSeen.add(nearKey, line.number);
        duplicate = false;
      }
    }

    const {promptKey, answerKey} = example;
    const earlierLine = this.promptSeen.line(promptKey);
    if (earlierLine === undefined) this.promptSeen.add(promptKey, line.number, answerKey ?? NO_ANSWER);
    else {
      const earlierAnswer = this.promptSeen.extra(promptKey);
      if (answerKey !== null && earlierAnswer !== NO_ANSWER && earlierAnswer !== answerKey) {
        this.s.conflictingAnswers += 1;
        this.report(line.number, 'conflicting-answer', `Asks the same as line ${earlierLine} but gives a different answer.`);
      }
    }

    if (!valid) return;
    this.s.valid += 1;
    if (!duplicate) this.s.uniqueValid += 1;
    this.tally(example, line.number);
  }

  private tally(example: Example, lineNumber: number): void {
    const contentTokens = example.turns.map((turn) => this.counter.text(turn.content));
    let tokens: number;
    if (example.format === 'chat') {
      tokens = chatTokens(example.turns, contentTokens, this.counter);
      let users = 0;
      for (const turn of example.turns) {
        this.roles[turn.role] = (this.roles[turn.role] ?? 0) + 1;
        if (turn.role === 'user') users += 1;
      }
      if (users > 1) this.s.multiTurnExamples += 1;
      this.messagesPerExample[Math.min(example.turns.length, MESSAGES_PER_EXAMPLE_BUCKETS - 1)] += 1;
      example.turns.forEach((turn, i) => {
        if (turn.role === 'assistant') this.countResponse(contentTokens[i]);
      });
      if (example.systemPrompt === null) this.s.examplesWithoutSystemPrompt += 1;
      else this.countSystemPrompt(example.systemPrompt);
    } else {
      // A preference pair is billed as its three texts; its response is the chosen answer.
      tokens = contentTokens[0] + contentTokens[1] + contentTokens[2];
      this.countResponse(contentTokens[1]);
    }
    this.tokens.push(tokens);
    this.lineOfExample.push(lineNumber);
    this.s.totalTokens += tokens;
  }

  private countResponse(tokens: number): void {
    this.s.responses += 1;
    this.responseLengthBands[responseBand(tokens)] += 1;
  }

  private countSystemPrompt(prompt: string): void {
    const key = textKey(prompt);
    this.systemPromptCounts.set(key, (this.systemPromptCounts.get(key) ?? 0) + 1);
    if (!this.systemPromptQuotes.has(key) && this.systemPromptQuotes.size < SYSTEM_PROMPTS_QUOTED) {
      this.systemPromptQuotes.set(key, prompt.replace(/\s+/g, ' ').trim().slice(0, SYSTEM_PROMPT_QUOTE_CHARS));
    }
  }

  private notices(): FileNotice[] {
    const notices: FileNotice[] = [];
    if (this.sawBom) notices.push({kind: 'bom', message: 'The file starts with a byte-order mark (BOM). The checker ignored it; some services reject it, so save the file as UTF-8 without BOM.'});
    if (this.crlfLines > 0) {
      const mixed = this.lfLines > 0 ? ` (mixed with ${formatInteger(this.lfLines)} Unix line endings)` : '';
      notices.push({kind: 'crlf', message: `${formatInteger(this.crlfLines)} lines end in Windows line endings (CRLF)${mixed}. They were read correctly.`});
    }
    if (this.s.blankLines > 0) notices.push({kind: 'blank-lines', message: `${formatInteger(this.s.blankLines)} blank line${this.s.blankLines === 1 ? '' : 's'} skipped.`});
    if (this.notUtf8Lines > 0) notices.push({kind: 'not-utf8', message: `${formatInteger(this.notUtf8Lines)} line${this.notUtf8Lines === 1 ? ' has' : 's have'} bytes that are not UTF-8 text. Save the file as UTF-8.`});
    if (this.s.parsedExamples === 0) {
      if (this.s.examples === 0) notices.push({kind: 'no-examples', message: 'The file has no examples: it is empty or only blank lines.'});
      else if (this.firstNonBlank === '[' || (this.firstNonBlank === '{' && this.s.examples > 1 && this.findingCounts['not-json'] === this.s.examples)) {
        notices.push({kind: 'json-document', message: 'This looks like one JSON document (an array, or an object spread over several lines), not JSONL. Write one example per line, each a complete JSON object.'});
      } else {
        notices.push({kind: 'no-examples', message: `None of the ${formatInteger(this.s.examples)} lines is a training example: this does not look like a JSONL training file.`});
      }
    }
    return notices;
  }

  finish(): DatasetSummary {
    const counts = [...this.systemPromptCounts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
    return {
      format: this.format,
      lines: this.s.lines,
      blankLines: this.s.blankLines,
      examples: this.s.examples,
      valid: this.s.valid,
      invalid: this.s.examples - this.s.valid,
      exactDuplicates: this.s.exactDuplicates,
      nearDuplicates: this.s.nearDuplicates,
      conflictingAnswers: this.s.conflictingAnswers,
      distinctPrompts: this.promptSeen.size,
      parsedExamples: this.s.parsedExamples,
      uniqueValid: this.s.uniqueValid,
      roles: {...this.roles},
      messagesPerExample: [...this.messagesPerExample],
      multiTurnExamples: this.s.multiTurnExamples,
      examplesWithoutSystemPrompt: this.s.examplesWithoutSystemPrompt,
      distinctSystemPrompts: this.systemPromptCounts.size,
      topSystemPrompts: counts.map(([key, examples]) => ({text: this.systemPromptQuotes.get(key) ?? '(not quoted)', examples})),
      tokensPerExample: this.tokens.toArray(),
      exampleLines: this.lineOfExample.toArray(),
      totalTokens: this.s.totalTokens,
      responseLengthBands: [...this.responseLengthBands],
      responses: this.s.responses,
      findingCounts: {...this.findingCounts},
      findings: this.findings,
      notices: this.notices(),
    };
  }
}
