import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {checkLine} from '../checkLine';
import {checkStream} from '../checkStream';
import {checklistVerdicts, overContext, tokenStats} from '../verdicts';
import {gpt4oTokens} from '../gpt4oTokens';

// Lines built from JSON-ish pieces reach the deeper checks more often than random text alone.
const jsonishLine = fc.oneof(
  fc.string({unit: 'grapheme'}),
  fc.json(),
  fc.jsonValue().map((v) => JSON.stringify({messages: v})),
  fc.array(fc.record({role: fc.oneof(fc.constantFrom('system', 'user', 'assistant', 'tool', 'bot'), fc.jsonValue()), content: fc.jsonValue()}), {maxLength: 4}).map((messages) =>
    JSON.stringify({messages}),
  ),
  fc.record({prompt: fc.jsonValue(), chosen: fc.jsonValue(), rejected: fc.jsonValue()}).map((v) => JSON.stringify(v)),
  fc.constantFrom('<script>alert(1)</script>', '{"messages":[{"role":"user","content":"<|endoftext|>"},{"role":"assistant","content":"ok"}]}', '\u0000', '\uFEFF{}', 'NaN', '1e309'),
);

describe('no input crashes the checker', () => {
  it('checkLine returns a result for any string', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary'}), fc.constantFrom(null, 'chat' as const, 'preference' as const), (text, format) => {
        const result = checkLine(text, format);
        expect(['blank', 'unusable', 'example']).toContain(result.kind);
      }),
      {numRuns: 500},
    );
  });

  it('a whole file of any lines gives a consistent summary and verdicts, with the real tokenizer', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(jsonishLine, {maxLength: 25}), fc.constantFrom('\n', '\r\n'), fc.constantFrom('auto' as const, 'chat' as const, 'preference' as const), async (lines, eol, format) => {
        const blob = new Blob([lines.join(eol)]);
        const outcome = await checkStream(blob.stream(), {format, counter: gpt4oTokens, totalBytes: blob.size});
        if (outcome.kind === 'refused') return; // a NUL byte: refused with a message, which is the point
        const s = outcome.summary;
        expect(s.valid + s.invalid).toBe(s.examples);
        expect(s.examples + s.blankLines).toBe(s.lines);
        expect(s.uniqueValid).toBeLessThanOrEqual(s.valid);
        expect(s.tokensPerExample.length).toBe(s.valid);
        expect(Number.isFinite(s.totalTokens)).toBe(true);
        const stats = tokenStats(s.tokensPerExample);
        if (stats) expect(Object.values(stats).every(Number.isFinite)).toBe(true);
        expect(overContext(s, 10).count).toBeLessThanOrEqual(s.valid);
        for (const verdict of checklistVerdicts(s)) expect(verdict.reason).not.toMatch(/NaN|undefined|Infinity/);
      }),
      {numRuns: 150},
    );
  });
});
