import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {DEFAULT_SETTINGS, LIMITS, mergeSettingsIntoSearch, parseSettings, readWholeNumber} from '../settings';

describe('checker settings in the query string', () => {
  it('reads a shared link', () => {
    expect(parseSettings('?format=chat&size=13b&limit=8k&epochs=2')).toEqual({
      settings: {format: 'chat', modelSize: '13B', contextLimit: 8000, epochs: 2},
      messages: [],
    });
  });

  it('resets bad values with a message naming the parameter, never the value', () => {
    const {settings, messages} = parseSettings('?format=<script>&size=999B&limit=abc&epochs=-4');
    expect(settings).toEqual({...DEFAULT_SETTINGS});
    expect(messages).toEqual([
      'format: not one of auto, chat, preference; using auto.',
      'size: not one of 7B, 13B, 70B; using 7B.',
      'limit: is not a number; using 4,096.',
      'epochs: is not a number; using 3.',
    ]);
    expect(messages.join(' ')).not.toContain('<script>');
  });

  it('clamps out-of-range numbers and says so', () => {
    const {settings, messages} = parseSettings('?limit=1e9&epochs=50');
    expect(messages).toEqual(['limit: is not a number; using 4,096.', 'epochs: above 10; using 10.']);
    expect(settings.epochs).toBe(10);
    expect(readWholeNumber('9,999,999,999', LIMITS.contextLimit)).toMatchObject({kind: 'value', value: LIMITS.contextLimit.max});
  });

  it('writes only what differs from the defaults and keeps other parameters', () => {
    expect(mergeSettingsIntoSearch('?model=llama', DEFAULT_SETTINGS)).toBe('?model=llama');
    expect(mergeSettingsIntoSearch('', {...DEFAULT_SETTINGS, modelSize: '70B', epochs: 1})).toBe('?size=70B&epochs=1');
  });

  it('round-trips any valid settings and never throws on any query', () => {
    fc.assert(
      fc.property(
        fc.record({
          format: fc.constantFrom('auto' as const, 'chat' as const, 'preference' as const),
          modelSize: fc.constantFrom('7B' as const, '13B' as const, '70B' as const),
          contextLimit: fc.integer(LIMITS.contextLimit),
          epochs: fc.integer(LIMITS.epochs),
        }),
        (settings) => {
          expect(parseSettings(mergeSettingsIntoSearch('', settings)).settings).toEqual(settings);
        },
      ),
    );
    fc.assert(
      fc.property(fc.string(), (search) => {
        expect(Number.isFinite(parseSettings(search).settings.contextLimit)).toBe(true);
      }),
    );
  });
});
