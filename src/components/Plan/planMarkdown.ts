/**
 * The plan as a Markdown file a reader can paste into a ticket or a design doc. Built from the same sentences as the
 * page (planTexts.ts). Every piece of text is escaped, so nothing in it becomes markup, HTML or a link it did not
 * come with; links are the plan's own, made absolute with the site's address. Pure: no React, no DOM.
 */
import {formatInteger} from '@site/src/utils/numberFormat';
import type {Plan, PlanLink} from './planEngine';
import {dataFacts, evaluationLines, managedLines, runFacts, runTable} from './planTexts';

/**
 * Backslash-escapes the characters that could make inline Markdown (CommonMark with GFM tables) into emphasis, code,
 * a link, a table cell or HTML: `<`, `>` and `&` included. Whitespace is folded to one line, so nothing can start a
 * heading or a list of its own.
 */
export function mdText(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`).replace(/\s+/g, ' ').trim();
}

/** A link's address, with the characters that would end or break a Markdown link written as escapes. */
export function mdUrl(url: string): string {
  return url.replace(/[\s()<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function mdLink(link: PlanLink, origin: string): string {
  return `[${mdText(link.text)}](${mdUrl(origin + link.to)})`;
}

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.map(mdText).join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((cells) => `| ${cells.map(mdText).join(' | ')} |`)];
}

/**
 * @param origin the site's address up to its base path, no trailing slash (https://example.org/t1-course)
 * @param permalink the plan's own address, absolute
 */
export function planToMarkdown(plan: Plan, origin: string, permalink: string): string {
  const lines: string[] = ['# Fine-tuning plan', '', `[Open this plan](${mdUrl(permalink)}) on the T1 course site: every input is in the link.`, ''];

  lines.push('## Decision', '');
  const {flow, fit, budget} = plan.decision;
  if (flow) {
    for (const answer of flow.answers) lines.push(`- ${mdText(answer.question)} ${mdText(answer.answer)}`);
    lines.push(flow.outcome ? `- **Flowchart: ${mdText(flow.outcome.label)}.** ${mdText(flow.outcome.explanation)}` : `- Flowchart: stops at “${mdText(flow.openQuestion ?? '')}”.`);
  } else lines.push('- Flowchart: not answered.');
  if (fit) {
    lines.push(`- Fit table, for ${mdText(fit.situationText)}: start here with **${mdText(fit.startHere?.name ?? 'nothing that fits')}**. ${mdText(fit.startHere?.reason ?? '')}`);
    if (fit.training) lines.push(`- Fine-tuning: ${mdText(fit.training.name)}, ${mdText(fit.training.verdict.toLowerCase())}. ${mdText(fit.training.reason)}`);
  } else lines.push('- Fit table: not filled in.');
  if (budget) lines.push(`- Budget and days: ${mdText(budget.sentence)}`);
  lines.push('');

  lines.push('## The run', '');
  for (const [label, value] of runFacts(plan)) lines.push(`- ${mdText(label)}: ${mdText(value)}`);
  lines.push('');
  const {header, rows} = runTable(plan);
  lines.push(...table(header, rows.map((row) => row.cells)), '');
  for (const note of plan.run.notes) lines.push(`- ${mdText(note)}`);
  lines.push(...managedLines(plan).map((line) => `- Managed (T1.9): ${mdText(line)}`), '');

  lines.push('## Data readiness', '');
  const facts = dataFacts(plan);
  if (facts.length === 0) lines.push('- No training file checked.');
  for (const [label, value] of facts) lines.push(`- ${mdText(label)}: ${mdText(value)}`);
  const findings = [...plan.data.errors.map((f) => ({...f, severity: 'error'})), ...plan.data.warnings.map((f) => ({...f, severity: 'warning'}))];
  if (findings.length) {
    lines.push('', ...table(['Finding', 'Severity', 'Count'], findings.map((f) => [f.label, f.severity, formatInteger(f.count)])));
  }
  if (plan.data.volume) lines.push('', `- How much data (T1.6): ${mdText(plan.data.volume.sentence)} ${mdText(plan.data.volume.why)}.`);
  lines.push('');

  lines.push('## Evaluation', '');
  for (const line of evaluationLines(plan)) lines.push(`- ${mdText(line)}`);
  lines.push('', ...table(['Metric', 'Target'], plan.evaluation.metrics.map((m) => [m.metric, m.target])), '');

  lines.push('## Next steps', '');
  for (const step of plan.nextSteps) lines.push(`- [${step.done ? 'x' : ' '}] **${mdText(step.text)}**: ${mdText(step.detail)} ${mdLink(step.link, origin)}`);
  lines.push('');

  if (plan.missing.length) {
    lines.push('## What is missing', '');
    for (const item of plan.missing) lines.push(`- ${item.optional ? '(optional) ' : ''}${mdText(item.text)} ${mdLink(item.link, origin)}`);
    lines.push('');
  }
  if (plan.disagreements.length) {
    lines.push('## Where the tools disagree', '');
    for (const note of plan.disagreements) lines.push(`- ${mdText(note)}`);
    lines.push('');
  }
  lines.push('Estimates, not measurements: memory, time and cost come from the course’s calibrated estimates; see each tool for how far they are from measured runs.', '');
  return lines.join('\n');
}
