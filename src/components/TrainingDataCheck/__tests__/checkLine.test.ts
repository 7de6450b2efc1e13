import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {checkLine, describeType, detectFormat, normalise, textKey, turnsKey, type LineCheck} from '../checkLine';
import {hash53} from '../hash';
import type {FindingKind} from '../findings';

const chat = (...messages: unknown[]) => JSON.stringify({messages});
const sys = {role: 'system', content: 'You are an Azure architect.'};
const user = {role: 'user', content: 'Explain Azure Front Door.'};
const assistant = {role: 'assistant', content: 'Azure Front Door is a global entry point.'};

function kinds(result: LineCheck): FindingKind[] {
  return result.kind === 'blank' ? [] : result.findings.map((f) => f.kind);
}
function reasons(result: LineCheck): string {
  return result.kind === 'blank' ? '' : result.findings.map((f) => f.reason).join(' | ');
}

describe('checkLine: chat examples', () => {
  it('accepts the module’s own example with no findings', () => {
    const result = checkLine(chat(sys, user, assistant), null);
    expect(result).toMatchObject({kind: 'example', valid: true, findings: []});
    if (result.kind !== 'example') throw new Error('not an example');
    expect(result.example.format).toBe('chat');
    expect(result.example.systemPrompt).toBe(sys.content);
    expect(result.example.responses).toEqual([assistant.content]);
    expect(result.example.promptKey).toBe(hash53('system: you are an azure architect. user: explain azure front door.'));
  });

  it('says a blank line is blank', () => {
    expect(checkLine('   \t', null)).toEqual({kind: 'blank'});
  });

  it('reports text that is not JSON, with the parser position and no echo of the line', () => {
    const result = checkLine('{"messages": [<script>]}', null);
    expect(kinds(result)).toEqual(['not-json']);
    expect(reasons(result)).toMatch(/Not valid JSON/);
    expect(reasons(result)).not.toContain('<script>');
  });

  it('reports a line that is JSON but not an object', () => {
    expect(kinds(checkLine('[1, 2]', null))).toEqual(['not-object']);
    expect(reasons(checkLine('"hello"', null))).toMatch(/a string; each line must be one JSON object/);
    expect(reasons(checkLine('null', null))).toMatch(/null/);
  });

  it('reports an object with neither format’s keys as missing messages', () => {
    const result = checkLine('{"text": "hi"}', null);
    expect(kinds(result)).toEqual(['missing-messages']);
    expect(reasons(result)).toMatch(/“text”/);
    expect(kinds(checkLine('{}', 'chat'))).toEqual(['missing-messages']);
  });

  it('reports messages that are not a non-empty list', () => {
    expect(reasons(checkLine('{"messages": "hi"}', null))).toMatch(/“messages” is a string, not a list/);
    expect(reasons(checkLine('{"messages": []}', null))).toMatch(/empty list/);
  });

  it('reports malformed messages', () => {
    expect(kinds(checkLine(chat('hi', assistant), null))).toEqual(['bad-message']);
    expect(reasons(checkLine(chat({content: 'x'}, assistant), null))).toMatch(/Message 1 has no “role”/);
    expect(reasons(checkLine(chat({role: 7, content: 'x'}, assistant), null))).toMatch(/a number, not a string/);
  });

  it('reports an unknown role, quoting it as text', () => {
    const result = checkLine(chat(user, {role: 'bot', content: 'Hi'}, assistant), null);
    expect(kinds(result)).toEqual(['unknown-role']);
    expect(reasons(result)).toMatch(/Message 2 has the role “bot”/);
  });

  it('reports empty and non-string content', () => {
    expect(kinds(checkLine(chat(user, {role: 'assistant', content: '  '}), null))).toEqual(['empty-content']);
    expect(kinds(checkLine(chat(user, {role: 'assistant'}), null))).toEqual(['empty-content']);
    expect(kinds(checkLine(chat({role: 'user', content: 42}, assistant), null))).toEqual(['non-string-content']);
    expect(reasons(checkLine(chat({role: 'user', content: {a: 1}}, assistant), null))).toMatch(/an object, not a string/);
  });

  it('lets an assistant message that calls a tool go without content', () => {
    const call = {role: 'assistant', content: null, tool_calls: [{id: '1', type: 'function', function: {name: 'f', arguments: '{}'}}]};
    const result = checkLine(chat(user, call, {role: 'tool', tool_call_id: '1', content: '42'}, assistant), null);
    expect(kinds(result)).toEqual([]);
  });

  it('reports a conversation with no assistant message', () => {
    expect(kinds(checkLine(chat(sys, user), null))).toEqual(['no-assistant']);
  });

  it('reports a conversation whose last message is not the assistant’s', () => {
    const result = checkLine(chat(user, assistant, {role: 'user', content: 'Thanks'}), null);
    expect(kinds(result)).toEqual(['last-not-assistant']);
    expect(reasons(result)).toMatch(/“user”/);
    expect(result).toMatchObject({kind: 'example', valid: false});
  });

  it('warns about unexpected keys without making the example invalid', () => {
    const result = checkLine(JSON.stringify({messages: [user, assistant], id: 3, source: 'x'}), null);
    expect(kinds(result)).toEqual(['unexpected-keys']);
    expect(reasons(result)).toMatch(/“id”, “source”/);
    expect(result).toMatchObject({kind: 'example', valid: true});
    expect(kinds(checkLine(chat(user, {...assistant, score: 1}), null))).toEqual(['unexpected-keys']);
  });

  it('normalises case and whitespace for the near-duplicate key', () => {
    const a = checkLine(chat(user, assistant), null);
    const b = checkLine(chat({role: 'user', content: '  EXPLAIN   azure front door. '}, {role: 'assistant', content: 'Azure Front Door is a GLOBAL entry point.'}), null);
    if (a.kind !== 'example' || b.kind !== 'example') throw new Error('not examples');
    expect(a.example.nearKey).toBe(b.example.nearKey);
  });
});

describe('checkLine: preference pairs', () => {
  const pair = {prompt: 'What is a token?', chosen: 'The smallest unit of text a model reads.', rejected: 'A word.'};

  it('accepts T1.5’s shape and detects it', () => {
    const result = checkLine(JSON.stringify(pair), null);
    expect(result).toMatchObject({kind: 'example', valid: true, findings: []});
    if (result.kind !== 'example') throw new Error('not an example');
    expect(result.example.format).toBe('preference');
    expect(result.example.responses).toEqual([pair.chosen]);
  });

  it('reports identical chosen and rejected', () => {
    const result = checkLine(JSON.stringify({...pair, rejected: ` ${pair.chosen} `}), null);
    expect(kinds(result)).toEqual(['identical-pair']);
    expect(result).toMatchObject({kind: 'example', valid: false});
  });

  it('reports a missing, empty or non-string field', () => {
    expect(reasons(checkLine(JSON.stringify({prompt: 'x', chosen: 'y'}), null))).toMatch(/No “rejected”/);
    expect(reasons(checkLine(JSON.stringify({...pair, chosen: ''}), null))).toMatch(/“chosen” is empty/);
    expect(reasons(checkLine(JSON.stringify({...pair, prompt: ['x']}), null))).toMatch(/“prompt” is a list/);
  });

  it('warns about unexpected keys', () => {
    expect(kinds(checkLine(JSON.stringify({...pair, score: 0.9}), null))).toEqual(['unexpected-keys']);
  });

  it('reports a line in the other format than the file', () => {
    expect(kinds(checkLine(JSON.stringify(pair), 'chat'))).toEqual(['wrong-format']);
    expect(kinds(checkLine(chat(user, assistant), 'preference'))).toEqual(['wrong-format']);
    expect(kinds(checkLine('{"text": "x"}', 'preference'))).toEqual(['missing-field']);
  });
});

describe('helpers', () => {
  it('names JSON types in words', () => {
    expect([null, [], 'x', 1, true, {}].map(describeType)).toEqual(['null', 'a list', 'a string', 'a number', 'true/false', 'an object']);
  });
  it('detects formats by their keys', () => {
    expect(detectFormat({messages: []})).toBe('chat');
    expect(detectFormat({chosen: 'x'})).toBe('preference');
    expect(detectFormat({text: 'x'})).toBeNull();
  });
  it('normalises', () => {
    expect(normalise('  Hello\n\tWORLD  ')).toBe('hello world');
  });
  it('hashes text as normalise() leaves it, without building the string', () => {
    const whitespace = fc.constantFrom(' ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff');
    const text = fc.array(fc.oneof(fc.string({unit: 'grapheme'}), whitespace), {maxLength: 8}).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(text, {minLength: 1, maxLength: 4}), (parts) => {
        expect(textKey(...parts)).toBe(hash53(normalise(parts.join('\n'))));
        const turns = parts.map((content, i) => ({role: i % 2 ? 'assistant' : 'user', content}));
        expect(turnsKey(turns)).toBe(hash53(normalise(turns.map((t) => `${t.role}: ${t.content}`).join('\n'))));
      }),
      {numRuns: 500},
    );
  });
});
