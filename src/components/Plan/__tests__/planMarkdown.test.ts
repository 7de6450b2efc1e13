import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {emptyScenario, setFacts} from '@site/src/utils/scenario/scenario';
import {buildPlan} from '../planEngine';
import {canonicalInputs, parsePermalink, permalinkQuery, planInputsFromScenario} from '../planInputs';
import {mdText, mdUrl, planToMarkdown} from '../planMarkdown';

const ORIGIN = 'https://course.example.org/t1-course';
const FULL = {
  flow: 'answers=no-domain,still-poor,1000-10k',
  fit: 'examples=2347&budget=1000&days=30&goal=domain&tokens=346',
  run: 'model=llama-3.1-8b&rank=16&alpha=32&targets=q,k,v,o,gate,up,down&gpu=a100-80&seq=1024',
  data: 'format=chat&examples=2400&valid=2347&invalid=53&unique=2300&tokens=812345&median=300&mean=346&p95=900&max=1500&limit=4096&findings=not-json:20,empty-content:33',
  eval: 'target=60',
};

describe('the plan as Markdown', () => {
  const markdown = planToMarkdown(buildPlan(FULL), ORIGIN, `${ORIGIN}/t1/plan/${permalinkQuery(FULL)}`);

  it('has every section, in the page’s order', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual(['# Fine-tuning plan', '## Decision', '## The run', '## Data readiness', '## Evaluation', '## Next steps']);
  });

  it('links the permalink and each step, absolute, under the site’s base path', () => {
    expect(markdown).toContain(`[Open this plan](${ORIGIN}/t1/plan/?flow.answers=no-domain,still-poor,1000-10k&fit.examples=2347`);
    expect(markdown).toContain(`[The LoRA memory calculator](${ORIGIN}/t1/lora-qlora/?model=llama-3.1-8b&rank=16&alpha=32&targets=q,k,v,o,gate,up,down&seq=1024&gpu=a100-80#lora-memory-calculator)`);
    expect(markdown).toMatch(/^- \[x\] \*\*Decide whether to fine-tune\*\*: The flowchart says: “LoRA or Full FT”\. \[/m);
    expect(markdown).toMatch(/^- \[ \] \*\*Get the data ready\*\*: Fix 53 errors first, then look at 0 warnings\. \[/m);
  });

  it('writes the run as a table with one row per method, the plan’s marked', () => {
    expect(markdown).toContain('| Method | Memory per GPU | On one card | Time | GPU cost |');
    expect(markdown).toMatch(/^\| LoRA \(this plan\) \| [\d.]+ GB \| fits \| [\d.]+ minutes \([\d.]+–[\d.]+\) \| \$[\d.]+ /m);
  });

  it('contains no HTML and no NaN', () => {
    expect(markdown).not.toMatch(/<[a-z/!]/i);
    expect(markdown).not.toMatch(/(^|[^\\])</m);
    expect(markdown).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('escapes everything that could become markup', () => {
    expect(mdText('<script>alert(1)</script> *bold* [x](y) | a_b `c` & ~d~')).toBe('\\<script\\>alert(1)\\</script\\> \\*bold\\* \\[x\\](y) \\| a\\_b \\`c\\` \\& \\~d\\~');
    expect(mdText('line one\n# heading\n- item')).toBe('line one # heading - item');
    expect(mdUrl('https://x.org/a b(c)<d>')).toBe('https://x.org/a%20b%28c%29%3Cd%3E');
  });

  it('a plan from a hostile link carries none of its text', () => {
    const hostile = '?flow.answers=<img src=x onerror=alert(1)>&fit.goal=<script>&run.model=</a><b>&data.format=<i>&data.valid=3&eval.target=<u>';
    const {inputs} = parsePermalink(hostile);
    const text = planToMarkdown(buildPlan(inputs), ORIGIN, `${ORIGIN}/t1/plan/${permalinkQuery(canonicalInputs(inputs))}`);
    // The only `<` is the module's own "<5% degradation", escaped.
    expect(text.match(/.*((^|[^\\])<|onerror|script|<\/?[a-z]).*/gim) ?? []).toEqual([]);
  });
});

describe('the permalink reproduces the plan', () => {
  it('for any plan the browser can hold', () => {
    const facts = fc.record(
      {
        examples: fc.integer({min: 0, max: 200_000}),
        budgetUsd: fc.integer({min: 0, max: 1e6}),
        days: fc.integer({min: 0, max: 400}),
        goal: fc.constantFrom('format', 'domain', 'knowledge', 'behavior', 'new-domain', 'cost'),
        tokensPerExample: fc.integer({min: 1, max: 8_000}),
        tokensPerEpoch: fc.integer({min: 1, max: 1e10}),
        epochs: fc.integer({min: 1, max: 10}),
        seqLength: fc.constantFrom(256, 1_024, 4_096),
        objective: fc.constantFrom('sft' as const, 'dpo' as const),
        flowAnswers: fc.constantFrom('no-domain', 'no-domain,still-poor,100-1000', 'wrong-format,still-inconsistent,10k-plus', 'works-well'),
        runQuery: fc.constantFrom('model=llama-3.1-70b&gpu=h100-80&rank=64', 'model=custom&params=13&gpu=t4', 'gpu=rtx-4090&method=qlora'),
        winTarget: fc.integer({min: 51, max: 99}),
      },
      {requiredKeys: []},
    );
    fc.assert(
      fc.property(facts, (values) => {
        const inputs = planInputsFromScenario(setFacts(emptyScenario(), values, 'fit-table', 1));
        const reloaded = parsePermalink(permalinkQuery(canonicalInputs(inputs))).inputs;
        const [a, b] = [buildPlan(inputs), buildPlan(reloaded)];
        expect(planToMarkdown(b, ORIGIN, 'p')).toBe(planToMarkdown(a, ORIGIN, 'p'));
      }),
      {numRuns: 60},
    );
  });
});
