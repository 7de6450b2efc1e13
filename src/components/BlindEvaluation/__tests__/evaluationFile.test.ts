import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {readEvaluationLine} from '../evaluationFile';
import {readEvaluationStream, type EvaluationFile} from '../readEvaluationFile';

const line = (text: string, number = 1) => readEvaluationLine({number, text, crlf: false});
const reason = (text: string) => {
  const reading = line(text);
  if (reading.kind !== 'problem') throw new Error(`expected a problem for ${text}`);
  return reading.problem.reason;
};

async function read(text: string | Uint8Array): Promise<EvaluationFile> {
  const outcome = await readEvaluationStream(new Blob([text as BlobPart]).stream());
  if (outcome.kind !== 'read') throw new Error(outcome.refusal.message);
  return outcome.file;
}

describe('one line', () => {
  it('reads prompt, both responses and the optional reference', () => {
    const reading = line('{"prompt": "Hi", "base": "Hello.", "fine_tuned": "{\\"reply\\": \\"Hello\\"}", "reference": "Greet back"}', 7);
    expect(reading).toEqual({kind: 'prompt', prompt: {line: 7, prompt: 'Hi', base: 'Hello.', fineTuned: '{"reply": "Hello"}', reference: 'Greet back'}, warnings: []});
  });
  it.each([
    ['{"prompt": "Hi", "base": "x"', /Not valid JSON/],
    ['[1, 2]', /is a list, not an object/],
    ['{"prompt": "Hi", "base": "x"}', /No “fine_tuned”/],
    ['{"prompt": "Hi", "base": "x", "fineTuned": "y"}', /there is “fineTuned”: the key must be spelled “fine_tuned”/],
    ['{"prompt": "Hi", "base": 3, "fine_tuned": "y"}', /“base” is a number; it must be text/],
    ['{"prompt": " ", "base": "x", "fine_tuned": "y"}', /“prompt” is empty/],
  ])('%s → a clear message', (text, message) => expect(reason(text)).toMatch(message));
  it('warns about ignored keys and identical responses, and keeps the line', () => {
    const reading = line('{"prompt": "Hi", "base": "same", "fine_tuned": "same", "model": "x"}');
    expect(reading.kind).toBe('prompt');
    if (reading.kind === 'prompt') expect(reading.warnings.map((w) => w.reason).join(' ')).toMatch(/Ignored key “model”.*identical/);
  });
  it('never echoes more than a short quote of the line', () => {
    expect(reason(`<script>${'x'.repeat(500)}`).length).toBeLessThan(120);
  });
});

describe('the whole file', () => {
  it('keeps the good lines, lists the bad ones by line number, and counts blanks as nothing', async () => {
    const file = await read('{"prompt": "a", "base": "b", "fine_tuned": "c"}\n\nnot json\n{"prompt": "d", "base": "e", "fine_tuned": "f"}\r\n');
    expect(file.prompts.map((p) => [p.line, p.prompt])).toEqual([
      [1, 'a'],
      [4, 'd'],
    ]);
    expect(file.problems).toEqual([{line: 3, severity: 'error', reason: expect.stringMatching(/Not valid JSON/)}]);
    expect(file.errorLines).toBe(1);
  });
  it('fingerprints the content: the same text (even with CRLF) gets the same key, a change gets another', async () => {
    const text = '{"prompt": "a", "base": "b", "fine_tuned": "c"}\n';
    const same = await read(text);
    expect((await read(text.replace('\n', '\r\n'))).fingerprint).toBe(same.fingerprint);
    expect((await read(text.replace('"c"', '"d"'))).fingerprint).not.toBe(same.fingerprint);
  });
  it('refuses a binary file', async () => {
    const outcome = await readEvaluationStream(new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0])]).stream());
    expect(outcome.kind).toBe('refused');
  });
  it('reads the sample file: 20 prompts, no problems', async () => {
    const file = await read(readFileSync(path.resolve('static/datasets/sample-ab-evaluation.jsonl')));
    expect(file.prompts).toHaveLength(20);
    expect(file.problems).toEqual([]);
  });
});
