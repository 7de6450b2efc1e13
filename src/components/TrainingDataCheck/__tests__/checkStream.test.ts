import {describe, expect, it} from 'vitest';
import {countTokens} from 'gpt-tokenizer/model/gpt-4o';
import {checkStream, type CheckOutcome} from '../checkStream';
import type {DatasetSummary} from '../datasetSummary';
import {MAX_STORED_FINDINGS} from '../findings';
import {RESPONSE_LENGTH_EDGES, responseBand} from '../responseBands';
import {LineSplitter, type SplitLine} from '../lines';
import {gpt4oTokens} from '../gpt4oTokens';
import type {TokenCounter} from '../tokenCounter';
import type {FormatChoice} from '../checkLine';

/** One token per whitespace-separated word, four per message, three per conversation: easy to count by hand. */
const wordTokens: TokenCounter = {
  text: (text) => text.split(/\s+/).filter(Boolean).length,
  messageFraming: () => 4,
  conversationFraming: 3,
};

async function check(input: string | Uint8Array, format: FormatChoice = 'auto', counter = wordTokens): Promise<CheckOutcome> {
  const blob = new Blob([input as BlobPart]);
  return checkStream(blob.stream(), {format, counter, totalBytes: blob.size});
}
async function summarise(input: string | Uint8Array, format: FormatChoice = 'auto', counter = wordTokens): Promise<DatasetSummary> {
  const outcome = await check(input, format, counter);
  if (outcome.kind !== 'checked') throw new Error(outcome.refusal.message);
  return outcome.summary;
}

const line = (...messages: Array<[string, string]>) => JSON.stringify({messages: messages.map(([role, content]) => ({role, content}))});
const SYSTEM = 'You are an Azure architect.';

describe('LineSplitter', () => {
  function split(chunks: string[], max?: number): SplitLine[] {
    const out: SplitLine[] = [];
    const splitter = new LineSplitter(max);
    for (const chunk of chunks) splitter.push(chunk, (l) => out.push(l));
    splitter.end((l) => out.push(l));
    return out;
  }
  it('joins lines split across chunks and strips CR', () => {
    expect(split(['ab', 'c\r\nde', 'f\n', 'g'])).toEqual([
      {number: 1, text: 'abc', crlf: true},
      {number: 2, text: 'def', crlf: false},
      {number: 3, text: 'g', crlf: false},
    ]);
  });
  it('does not invent a last line after a final newline', () => {
    expect(split(['a\n'])).toHaveLength(1);
  });
  it('counts an overlong line without keeping it', () => {
    expect(split(['x'.repeat(6), 'y'.repeat(6), '\nok\n'], 10)).toEqual([
      {number: 1, overlongChars: 12},
      {number: 2, text: 'ok', crlf: false},
    ]);
  });
});

describe('checkStream: the summary of a small chat file', () => {
  const file = [
    line(['system', SYSTEM], ['user', 'What VM for SQL?'], ['assistant', 'Use an E-series VM with premium SSD.']), // 1
    line(['system', SYSTEM], ['user', 'Explain Front Door.'], ['assistant', 'A global entry point.']), // 2
    line(['system', SYSTEM], ['user', 'Explain Front Door.'], ['assistant', 'A global entry point.']), // 3 exact duplicate of 2
    line(['system', SYSTEM.toUpperCase()], ['user', 'explain   front door.'], ['assistant', 'a global ENTRY point.']), // 4 near duplicate of 2
    line(['system', SYSTEM], ['user', 'What VM for SQL?'], ['assistant', 'Any VM works.']), // 5 conflicts with 1
    '', // 6 blank
    '{not json', // 7
    line(['user', 'Hi'], ['assistant', 'Hello'], ['user', 'Bye'], ['assistant', 'Goodbye, see you.']), // 8 multi-turn, no system prompt
    line(['user', 'No answer here']), // 9 no assistant
    JSON.stringify({messages: [{role: 'user', content: 'x y'}, {role: 'assistant', content: 'z'}], meta: 1}), // 10 unexpected key (valid)
  ].join('\n');

  it('counts lines, examples, validity, duplicates and conflicts', async () => {
    const s = await summarise(file);
    expect(s.format).toBe('chat');
    expect(s.lines).toBe(10);
    expect(s.blankLines).toBe(1);
    expect(s.examples).toBe(9);
    expect(s.valid).toBe(7); // 1,2,3,4,5,8,10
    expect(s.invalid).toBe(2); // 7, 9
    expect(s.exactDuplicates).toBe(1);
    expect(s.nearDuplicates).toBe(1);
    expect(s.conflictingAnswers).toBe(1);
    expect(s.uniqueValid).toBe(5); // 1,2,5,8,10
    expect(s.parsedExamples).toBe(8);
    // Prompts: SQL (1,5), Front Door (2,3,4), line 8's, line 9's (no answer: the whole chat), line 10's.
    expect(s.distinctPrompts).toBe(5);
  });

  it('puts each finding on its line with a reason', async () => {
    const s = await summarise(file);
    const byLine = s.findings.map((f) => [f.line, f.kind]);
    expect(byLine).toEqual([
      [3, 'exact-duplicate'],
      [4, 'near-duplicate'],
      [5, 'conflicting-answer'],
      [6, 'blank-line'],
      [7, 'not-json'],
      [9, 'no-assistant'],
      [10, 'unexpected-keys'],
    ]);
    expect(s.findings[0].reason).toBe('Same text as line 2.');
    expect(s.findings[2].reason).toBe('Asks the same as line 1 but gives a different answer.');
    expect(s.findingCounts['not-json']).toBe(1);
    expect(s.findingCounts['over-context']).toBe(0);
  });

  it('counts roles, messages per example and multi-turn examples over valid examples', async () => {
    const s = await summarise(file);
    expect(s.roles).toEqual({system: 5, user: 8, assistant: 8}); // lines 1–5 one user each, 8 two, 10 one
    expect(s.messagesPerExample[3]).toBe(5);
    expect(s.messagesPerExample[4]).toBe(1);
    expect(s.messagesPerExample[2]).toBe(1);
    expect(s.multiTurnExamples).toBe(1);
  });

  it('measures how varied the system prompts are', async () => {
    const s = await summarise(file);
    expect(s.examplesWithoutSystemPrompt).toBe(2);
    expect(s.distinctSystemPrompts).toBe(1); // line 4's differs only in case
    expect(s.topSystemPrompts).toEqual([{text: SYSTEM, examples: 5}]);
  });

  it('counts tokens per valid example and their lines', async () => {
    const s = await summarise(file);
    // Line 1: 3 + (4 + 5) + (4 + 4) + (4 + 7) = 31 words-as-tokens.
    expect(s.tokensPerExample[0]).toBe(31);
    expect([...s.exampleLines]).toEqual([1, 2, 3, 4, 5, 8, 10]);
    expect(s.totalTokens).toBe([...s.tokensPerExample].reduce((a, b) => a + b, 0));
  });

  it('bins every assistant response by length', async () => {
    const s = await summarise(file);
    expect(s.responses).toBe(8);
    expect(s.responseLengthBands.reduce((a, b) => a + b, 0)).toBe(8);
    expect(s.responseLengthBands[0]).toBe(8); // all under 16 words
  });
});

describe('response-length bands', () => {
  it('puts a length in the band whose lower edge it reaches', () => {
    expect(responseBand(0)).toBe(0);
    expect(responseBand(15)).toBe(0);
    expect(responseBand(16)).toBe(1);
    expect(responseBand(8191)).toBe(RESPONSE_LENGTH_EDGES.length - 2);
    expect(responseBand(1e9)).toBe(RESPONSE_LENGTH_EDGES.length - 1);
  });
});

describe('GPT-4o token counts', () => {
  it('match gpt-tokenizer’s own count of the same conversation', async () => {
    const messages = [
      {role: 'system', content: SYSTEM},
      {role: 'user', content: 'Explain Azure Front Door, and when <|endoftext|> appears in text.'},
      {role: 'assistant', content: 'Azure Front Door is a global, scalable entry point. 日本語も 🙂'},
    ];
    const s = await summarise(JSON.stringify({messages}), 'auto', gpt4oTokens);
    expect(s.tokensPerExample[0]).toBe(countTokens(messages, {disallowedSpecial: new Set()}));
    expect(s.tokensPerExample[0]).toBeGreaterThan(30);
  });

  it('counts a preference pair as its three texts', async () => {
    const pair = {prompt: 'What is a token?', chosen: 'The smallest unit of text.', rejected: 'A word.'};
    const s = await summarise(JSON.stringify(pair), 'auto', gpt4oTokens);
    expect(s.format).toBe('preference');
    expect(s.tokensPerExample[0]).toBe(countTokens(pair.prompt) + countTokens(pair.chosen) + countTokens(pair.rejected));
  });
});

describe('files that are not clean JSONL', () => {
  const good = line(['user', 'Hi'], ['assistant', 'Hello']);

  it('reads CRLF line endings and says so', async () => {
    const s = await summarise(`${good}\r\n${good.replace('Hi', 'Yo')}\r\n`);
    expect(s.valid).toBe(2);
    expect(s.notices.map((n) => n.kind)).toEqual(['crlf']);
    expect(s.notices[0].message).toMatch(/2 lines end in Windows line endings/);
  });

  it('drops a UTF-8 byte-order mark and says so', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(good)]);
    const s = await summarise(bytes);
    expect(s.valid).toBe(1);
    expect(s.notices.map((n) => n.kind)).toEqual(['bom']);
  });

  it('refuses a binary file', async () => {
    const outcome = await check(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]));
    expect(outcome).toMatchObject({kind: 'refused', refusal: {kind: 'binary'}});
  });

  it('refuses UTF-16 with advice', async () => {
    const outcome = await check(new Uint8Array([0xff, 0xfe, 0x7b, 0]));
    expect(outcome).toMatchObject({kind: 'refused', refusal: {kind: 'utf16'}});
  });

  it('reports a 10 MB line as too long and still reads the next line', async () => {
    const huge = `{"messages": [{"role": "user", "content": "${'a'.repeat(10_000_000)}"}]}`;
    const s = await summarise(`${huge}\n${good}\n`);
    expect(s.findings[0]).toMatchObject({line: 1, kind: 'line-too-long'});
    expect(s.findings[0].reason).toMatch(/10\.0 million characters/);
    expect(s.valid).toBe(1);
    expect(s.invalid).toBe(1);
  });

  it('says a pretty-printed JSON array is not JSONL', async () => {
    const s = await summarise(JSON.stringify([{messages: []}], null, 2));
    expect(s.notices.map((n) => n.kind)).toContain('json-document');
  });

  it('says a CSV file is not a training file', async () => {
    const s = await summarise('prompt,completion\nhello,world\n');
    expect(s.notices.find((n) => n.kind === 'no-examples')?.message).toMatch(/None of the 2 lines is a training example/);
  });

  it('says an empty file has no examples', async () => {
    const s = await summarise('\n\n');
    expect(s.examples).toBe(0);
    expect(s.notices.map((n) => n.kind)).toEqual(['blank-lines', 'no-examples']);
  });

  it('flags bytes that are not UTF-8', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(good.replace('Hello', 'Hell')), 0xc3, 0x28]);
    const s = await summarise(bytes);
    expect(s.findingCounts['not-utf8']).toBe(1);
    expect(s.notices.map((n) => n.kind)).toContain('not-utf8');
  });

  it('keeps at most MAX_STORED_FINDINGS findings but counts them all', async () => {
    const s = await summarise('x\n'.repeat(MAX_STORED_FINDINGS + 5));
    expect(s.findings).toHaveLength(MAX_STORED_FINDINGS);
    expect(s.findingCounts['not-json']).toBe(MAX_STORED_FINDINGS + 5);
  });

  it('checks each line against the format the reader chose', async () => {
    const s = await summarise(`${good}\n${JSON.stringify({prompt: 'a', chosen: 'b', rejected: 'c'})}`, 'preference');
    expect(s.findings[0]).toMatchObject({line: 1, kind: 'wrong-format'});
    expect(s.valid).toBe(1);
  });

  it('in auto mode, takes the file’s format from its first example', async () => {
    const s = await summarise(`${JSON.stringify({prompt: 'a', chosen: 'b', rejected: 'c'})}\n${good}`);
    expect(s.format).toBe('preference');
    expect(s.findings[0]).toMatchObject({line: 2, kind: 'wrong-format'});
  });

  it('checks lines as chunks arrive, without waiting for the whole file', async () => {
    const chunk = `${good}\n`.repeat(1_000);
    let pulled = 0;
    const linesWhenPulled: number[] = [];
    let linesSoFar = 0;
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          linesWhenPulled.push(linesSoFar);
          if (pulled++ === 5) controller.close();
          else controller.enqueue(new TextEncoder().encode(chunk));
        },
      },
      {highWaterMark: 0},
    );
    const outcome = await checkStream(stream, {format: 'auto', counter: wordTokens, totalBytes: chunk.length * 5, onProgress: (p) => (linesSoFar = p.lines)});
    // Each chunk is pulled only after the previous one's 1,000 lines were checked.
    expect(linesWhenPulled).toEqual([0, 1_000, 2_000, 3_000, 4_000, 5_000]);
    expect(outcome).toMatchObject({kind: 'checked', summary: {examples: 5_000}});
  });

  it('reports progress up to the whole file', async () => {
    const text = `${good}\n`.repeat(100);
    const blob = new Blob([text]);
    const seen: number[] = [];
    await checkStream(blob.stream(), {format: 'auto', counter: wordTokens, totalBytes: blob.size, onProgress: (p) => seen.push(p.bytesRead)});
    expect(seen.at(-1)).toBe(blob.size);
  });
});
