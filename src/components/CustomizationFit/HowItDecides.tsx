/** How the verdicts are decided, from the same data the table reads. */
import React, {memo} from 'react';
import {
  customizationMethods,
  dataNeededText,
  effortLevels,
  problemsToday,
  type CustomizationMethod,
} from '@site/src/data/customizationMethods';
import {azureFineTunableModels} from '@site/src/data/azureFineTuning';
import {formatCount} from './formatNumbers';
import {isRightTool, minExamplesNeeded} from './fitVerdicts';
import styles from './styles.module.css';

function methodNames(methods: readonly CustomizationMethod[]): string {
  return methods.map((m) => m.name).join(', ') || 'none';
}

const HowItDecides = memo(function HowItDecides({tokensPerExample}: {tokensPerExample: number}): React.JSX.Element {
  const azureMinimum = Math.min(...azureFineTunableModels.filter((m) => m.method === 'Full FT').map((m) => m.minExamples));
  return (
    <details className={styles.details}>
      <summary>How the verdicts are decided</summary>
      <p>
        Each method gets one verdict, the first that applies in this order: <strong>Wrong tool</strong> (it does not address what is
        wrong today), <strong>Not enough data</strong> (fewer examples than the low end of “Data Needed”), <strong>Over budget</strong>{' '}
        (budget below the low end of “Cost”), <strong>Takes too long</strong> (fewer days than the low end of “Effort”); otherwise it{' '}
        <strong>Fits</strong>. A method that needs no labelled examples (RAG, system instructions) or whose cost the module gives no dollar
        figure for (“Minimal”, “Medium”) is never ruled out on that count.
      </p>
      <p>
        Prompt engineering is free, instant and right for every problem, so it always fits and is always “Start here”: the module’s first
        rule. The row marked “Next step” is the first method beyond prompts that fits you, from least to most effort.
      </p>
      <div className={styles.assumptionTables}>
        <table>
          <caption>Effort words as days</caption>
          <thead>
            <tr>
              <th scope="col">Effort</th>
              <th scope="col">At least</th>
              <th scope="col">Read as</th>
            </tr>
          </thead>
          <tbody>
            {effortLevels.map((e) => (
              <tr key={e.level}>
                <th scope="row">{e.level}</th>
                <td>{e.minDays === 0 ? '0 days' : `${e.minDays} days`}</td>
                <td>{e.reading}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>Data needed as examples, at {formatCount(tokensPerExample)} tokens per example</caption>
          <thead>
            <tr>
              <th scope="col">Method</th>
              <th scope="col">Data Needed</th>
              <th scope="col">At least</th>
            </tr>
          </thead>
          <tbody>
            {customizationMethods.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.name}</th>
                <td>{dataNeededText(m.data)}</td>
                <td>
                  {m.data.kind === 'not-examples'
                    ? 'no labelled examples'
                    : m.data.kind === 'tokens'
                      ? `${formatCount(minExamplesNeeded(m, tokensPerExample))} examples (${formatCount(m.data.minTokens)} tokens)`
                      : `${formatCount(minExamplesNeeded(m, tokensPerExample))} examples`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>What is wrong today, and the methods that can address it</caption>
          <thead>
            <tr>
              <th scope="col">Problem</th>
              <th scope="col">From the module</th>
              <th scope="col">Candidates</th>
              <th scope="col">Wrong tool</th>
            </tr>
          </thead>
          <tbody>
            {problemsToday.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.label}</th>
                <td>
                  <ul className={styles.plainList}>
                    {p.seedRows.map((seedRow) => (
                      <li key={seedRow}>{seedRow}</li>
                    ))}
                  </ul>
                </td>
                <td>{methodNames(customizationMethods.filter((m) => isRightTool(m, p.id)))}</td>
                <td>{methodNames(customizationMethods.filter((m) => !isRightTool(m, p.id)))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        The verdicts follow T1.1’s ranges. Azure’s managed GPT-4o models accept as few as {azureMinimum} examples (T1.9), so a managed job can
        start below T1.1’s range for full fine-tuning; the cost column shows what it would cost.
      </p>
    </details>
  );
});

export default HowItDecides;
