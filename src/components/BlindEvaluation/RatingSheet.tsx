import React, {useEffect, useId, useRef} from 'react';
import {abCriteria, scoreScale} from '@site/src/data/evaluation';
import {formatInteger} from '@site/src/utils/numberFormat';
import type {EvaluationPrompt} from './evaluationFile';
import ResponseText from './ResponseText';
import {CRITERIA_COUNT, EMPTY_RATING, modelInSlot, moveTo, nextUnrated, ratedCount, setPreference, setScore, type RatingSession, type Slot} from './ratings';
import styles from './styles.module.css';

const SCORES = Array.from({length: scoreScale.max - scoreScale.min + 1}, (_, i) => scoreScale.min + i);
const SLOTS: readonly Slot[] = [1, 2];
const MODEL_NAMES = {base: 'base model', fineTuned: 'fine-tuned model'} as const;
/** Score groups are numbered 0–7 (Response 1's four criteria, then Response 2's); the preference is the last group. */
const PREFERENCE_GROUP = CRITERIA_COUNT * 2;

interface Props {
  prompts: readonly EvaluationPrompt[];
  session: RatingSession;
  update: (change: (session: RatingSession) => RatingSession) => void;
}

function groupOf(slot: Slot, criterion: number) {
  return (slot - 1) * CRITERIA_COUNT + criterion;
}

/**
 * The blind rating screen: one prompt, its two responses as "Response 1" and "Response 2" in the seed's order, a 1–5
 * score per criterion for each, and an optional preference. Keyboard: digits score the focused criterion (or the
 * first unscored one) and move on; in the preference, 1, 2 or 0 (same); J / K or → / ← for the next and previous
 * prompt, U for the next unrated one.
 */
export default function RatingSheet({prompts, session, update}: Props): React.JSX.Element {
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const index = session.current;
  const prompt = prompts[index];
  const rating = session.ratings[index] ?? EMPTY_RATING;
  const rated = ratedCount(session, prompts.length);
  const scoreIn = (slot: Slot, criterion: number) => rating[modelInSlot(session.seed, index, slot)][criterion];
  const preferenceSlot = rating.preference === null ? null : rating.preference === 'tie' ? 'tie' : SLOTS.find((slot) => modelInSlot(session.seed, index, slot) === rating.preference)!;

  // After a move to another prompt, bring its top into view and put the focus on its first unscored criterion.
  const focusAfterMove = useRef(false);
  const focusGroup = (group: number, scroll = false) => {
    const container = root.current;
    if (!container) return;
    const input = container.querySelector<HTMLInputElement>(`[data-group="${group}"] input:checked`) ?? container.querySelector<HTMLInputElement>(`[data-group="${group}"] input`);
    if (scroll) container.scrollIntoView({block: 'start'});
    input?.focus({preventScroll: scroll});
  };
  const firstUnscored = () => {
    for (const slot of SLOTS) for (let c = 0; c < CRITERIA_COUNT; c++) if (scoreIn(slot, c) === 0) return groupOf(slot, c);
    return PREFERENCE_GROUP;
  };
  // A file was just read: the keyboard lands on the sheet, where digits score the first unscored criterion.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    title.current?.focus({preventScroll: true});
  }, []);
  useEffect(() => {
    if (!focusAfterMove.current) return;
    focusAfterMove.current = false;
    focusGroup(firstUnscored(), true);
  });

  const go = (target: number | null) => {
    if (target === null || target === index || target < 0 || target >= prompts.length) return;
    focusAfterMove.current = true;
    update((s) => moveTo(s, target, prompts.length));
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('textarea, input[type="text"], select, summary')) return;
    const groupText = target.closest<HTMLElement>('[data-group]')?.dataset.group;
    const group = groupText === undefined ? null : Number(groupText);
    const key = event.key.toLowerCase();
    const onRadio = target instanceof HTMLInputElement && target.type === 'radio';
    if (group === PREFERENCE_GROUP && ['1', '2', '0', '='].includes(key)) {
      event.preventDefault();
      update((s) => setPreference(s, index, key === '1' ? 1 : key === '2' ? 2 : 'tie'));
      return;
    }
    if (/^[1-9]$/.test(key)) {
      const score = Number(key);
      if (score < scoreScale.min || score > scoreScale.max) return;
      event.preventDefault();
      const scored = group !== null && group < PREFERENCE_GROUP ? group : firstUnscored();
      if (scored >= PREFERENCE_GROUP) return;
      const slot: Slot = scored < CRITERIA_COUNT ? 1 : 2;
      update((s) => setScore(s, index, slot, scored % CRITERIA_COUNT, score));
      // The next group is on the page already: move on at once, so a quick next digit lands there.
      focusGroup(scored + 1);
      return;
    }
    if (key === 'j' || (key === 'arrowright' && !onRadio)) {
      event.preventDefault();
      go(index + 1);
    } else if (key === 'k' || (key === 'arrowleft' && !onRadio)) {
      event.preventDefault();
      go(index - 1);
    } else if (key === 'u') {
      event.preventDefault();
      go(nextUnrated(session, prompts.length, index));
    }
  };

  const label = (slot: Slot) => (session.unblinded ? `Response ${slot} (${MODEL_NAMES[modelInSlot(session.seed, index, slot)]})` : `Response ${slot}`);

  return (
    <div ref={root} className={styles.sheet} onKeyDown={onKeyDown} aria-labelledby={`${id}-title`} role="group">
      <div className={styles.sheetHead}>
        <h4 id={`${id}-title`} ref={title} tabIndex={-1} className={styles.sheetTitle}>
          Prompt {formatInteger(index + 1)} of {formatInteger(prompts.length)} <span className={styles.subtle}>(line {formatInteger(prompt.line)})</span>
        </h4>
        <span className={styles.subtle} data-testid="rated-count">
          {formatInteger(rated)} of {formatInteger(prompts.length)} rated
        </span>
        <progress className={styles.progress} max={prompts.length} value={rated} aria-label="Prompts rated" />
      </div>
      <ResponseText text={prompt.prompt} label="Prompt" className={styles.promptText} />
      {prompt.reference !== null && (
        <details className={styles.reference}>
          <summary>Expected answer</summary>
          <ResponseText text={prompt.reference} label="Expected answer" />
        </details>
      )}
      <div className={styles.responses}>
        {SLOTS.map((slot) => (
          <div key={slot} className={styles.response}>
            <h5 className={styles.responseTitle}>{label(slot)}</h5>
            <ResponseText text={modelInSlot(session.seed, index, slot) === 'base' ? prompt.base : prompt.fineTuned} label={label(slot)} />
            {abCriteria.map((criterion, c) => (
              <fieldset key={criterion.id} className={styles.scoreGroup} data-group={groupOf(slot, c)}>
                <legend className="visually-hidden">
                  {criterion.label}, Response {slot}
                </legend>
                <span className={styles.scoreLabel} aria-hidden="true" title={criterion.question}>
                  {criterion.label}
                </span>
                <div className={styles.scoreChoices}>
                  {SCORES.map((score) => (
                    <label key={score} className={styles.scoreChoice}>
                      <input
                        type="radio"
                        name={`${id}-${slot}-${c}`}
                        value={score}
                        checked={scoreIn(slot, c) === score}
                        onChange={() => update((s) => setScore(s, index, slot, c, score))}
                      />
                      <span>{score}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            ))}
          </div>
        ))}
      </div>
      <fieldset className={styles.preference} data-group={PREFERENCE_GROUP}>
        <legend className={styles.scoreLegend}>Which is better? (optional; without it, the higher total decides)</legend>
        <div className={styles.preferenceChoices}>
          {([1, 'tie', 2] as const).map((choice) => (
            <label key={choice} className={styles.preferenceChoice}>
              <input type="radio" name={`${id}-preference`} checked={preferenceSlot === choice} onChange={() => update((s) => setPreference(s, index, choice))} />
              <span>{choice === 'tie' ? 'About the same' : `Response ${choice}`}</span>
            </label>
          ))}
          <button type="button" className="button button--link button--sm" disabled={preferenceSlot === null} onClick={() => update((s) => setPreference(s, index, null))}>
            Clear
          </button>
        </div>
      </fieldset>
      <div className={styles.sheetNav}>
        <button type="button" className="button button--secondary button--sm" disabled={index === 0} onClick={() => go(index - 1)}>
          ← Previous (K)
        </button>
        <button type="button" className="button button--primary button--sm" disabled={index === prompts.length - 1} onClick={() => go(index + 1)}>
          Next (J) →
        </button>
        <button type="button" className="button button--secondary button--sm" disabled={rated === prompts.length} onClick={() => go(nextUnrated(session, prompts.length, index))}>
          Next unrated (U)
        </button>
      </div>
      <p className={styles.shortcuts}>
        Keys: <kbd>1</kbd>–<kbd>5</kbd> score the highlighted criterion and move to the next · in “Which is better?”, <kbd>1</kbd>, <kbd>2</kbd> or <kbd>0</kbd>{' '}
        (about the same) · <kbd>J</kbd> / <kbd>K</kbd> or <kbd>→</kbd> / <kbd>←</kbd> next and previous prompt · <kbd>U</kbd> next unrated.
      </p>
    </div>
  );
}
