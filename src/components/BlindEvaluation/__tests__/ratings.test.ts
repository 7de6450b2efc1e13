import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {decodeRating, effectivePreference, encodeRating, firstShown, isComplete, modelInSlot, newSession, nextUnrated, ratedCount, setPreference, setScore, type RatingSession} from '../ratings';
import {parseSession, serializeSession} from '../savedProgress';

function rateAll(session: RatingSession, index: number, slot1: number, slot2: number): RatingSession {
  let next = session;
  for (let c = 0; c < 4; c++) {
    next = setScore(next, index, 1, c, slot1);
    next = setScore(next, index, 2, c, slot2);
  }
  return next;
}

describe('the blind order', () => {
  it('is the same for the same seed and prompt, and the two slots hold both models', () => {
    fc.assert(
      fc.property(fc.nat(2 ** 32 - 1), fc.nat(10_000), (seed, index) => {
        const one = modelInSlot(seed, index, 1);
        return firstShown(seed, index) === firstShown(seed, index) && one !== modelInSlot(seed, index, 2);
      }),
    );
  });
  it('puts the fine-tuned model first about half the time', () => {
    const first = Array.from({length: 1_000}, (_, i) => firstShown(12345, i)).filter((m) => m === 'fineTuned').length;
    expect(first).toBeGreaterThan(450);
    expect(first).toBeLessThan(550);
  });
  it('depends on the seed', () => {
    const order = (seed: number) => Array.from({length: 20}, (_, i) => firstShown(seed, i)).join();
    expect(order(1)).not.toBe(order(2));
  });
});

describe('rating', () => {
  it('scores land on the model shown in the slot; the higher total wins when no preference is marked', () => {
    const session = rateAll(newSession(99), 0, 5, 2);
    const rating = session.ratings[0]!;
    const winner = modelInSlot(99, 0, 1);
    expect(rating[winner]).toEqual([5, 5, 5, 5]);
    expect(isComplete(rating)).toBe(true);
    expect(effectivePreference(rating)).toBe(winner);
  });
  it('a marked preference wins over the totals; equal totals are a tie', () => {
    let session = rateAll(newSession(7), 0, 3, 3);
    expect(effectivePreference(session.ratings[0])).toBe('tie');
    session = setPreference(session, 0, 2);
    expect(effectivePreference(session.ratings[0])).toBe(modelInSlot(7, 0, 2));
  });
  it('refuses scores outside 1–5', () => {
    const session = newSession(1);
    expect(setScore(session, 0, 1, 0, 6)).toBe(session);
    expect(setScore(session, 0, 1, 0, 0)).toBe(session);
  });
  it('counts rated prompts and finds the next unrated one, wrapping round', () => {
    let session = rateAll(newSession(1), 0, 4, 4);
    session = rateAll(session, 2, 4, 4);
    expect(ratedCount(session, 3)).toBe(2);
    expect(nextUnrated(session, 3, 2)).toBe(1);
    session = rateAll(session, 1, 4, 4);
    expect(nextUnrated(session, 3, 0)).toBeNull();
  });
});

describe('saved progress', () => {
  it('round-trips through storage text', () => {
    let session = rateAll(newSession(4242), 1, 5, 1);
    session = setPreference({...session, current: 1, rater: 'Ana', unblinded: true}, 1, 'tie');
    const restored = parseSession(serializeSession(session), 5)!;
    expect(restored).toEqual({...session, ratings: [undefined, session.ratings[1]]});
  });
  it('reads anything malformed as no progress, or as unrated prompts', () => {
    expect(parseSession('not json', 3)).toBeNull();
    expect(parseSession('{"seed": "x", "ratings": []}', 3)).toBeNull();
    expect(parseSession('{"seed": 1, "ratings": ["99999999f", "<img>"], "current": 50}', 3)).toEqual({seed: 1, ratings: [undefined, undefined], current: 2, unblinded: false, rater: ''});
  });
  it('encodes every rating it can decode', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({min: 0, max: 5}), {minLength: 8, maxLength: 8}), fc.constantFrom('b', 'f', 't', '-'), (digits, mark) => {
        const code = `${digits.join('')}${mark}`;
        return encodeRating(decodeRating(code)) === code;
      }),
    );
  });
});
