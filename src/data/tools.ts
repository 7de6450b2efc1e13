/**
 * The site's interactive tools, each answering one question a reader brings. The landing page ("Work with the
 * ideas"), the module's overview and the navbar list them from here, and each tool's page takes the heading of its
 * section from here (`::tool-heading{tool="…"}`, src/plugins/tool-headings). Adding a tool is one entry; a unit test
 * (src/data/__tests__/tools.test.ts) checks that its page, and its section on that page, exist.
 */
export interface CourseTool {
  /** How the tool's page names it: `::tool-heading{tool="lora-calculator"}`. */
  id: string;
  /** What the landing page calls it: the reader's question, short. */
  title: string;
  /** What it answers, in a sentence. */
  question: string;
  /** The route of the page it lives on. */
  page: string;
  /** When the tool is a section of its page: the section's heading and the heading's id (the links' #anchor). */
  section?: {heading: string; id: string};
}

export const courseTools: readonly CourseTool[] = [
  {id: 'which-method', title: 'Which customization fits me?', question: 'Given your data, budget, time and what is wrong today, which of the eight methods fits — and where should you start?', page: '/t1/customization-spectrum', section: {heading: 'Which method fits you?', id: 'which-method-fits-you'}},
  {id: 'decision-flowchart', title: 'Should I fine-tune?', question: 'Click through the module’s decision flowchart, one question at a time, to a recommendation you can share.', page: '/t1/when-to-fine-tune', section: {heading: 'Decision flowchart', id: 'decision-flowchart'}},
  {id: 'lora-calculator', title: 'LoRA memory calculator', question: 'For your model, rank and GPU: how many parameters does LoRA train, and will full fine-tuning, LoRA or QLoRA fit in memory?', page: '/t1/lora-qlora', section: {heading: 'LoRA memory calculator', id: 'lora-memory-calculator'}},
  {id: 'training-data-check', title: 'Is my training data ready?', question: 'Check your JSONL file in the browser, never uploaded: its schema, duplicates, lengths and tokens, whether it is enough, and what training on it would cost.', page: '/t1/data-preparation', section: {heading: 'Check your training data', id: 'check-your-training-data'}},
  {id: 'evaluation-workbench', title: 'Did fine-tuning work?', question: 'Rate the base and fine-tuned models’ answers blind, in the browser, and see whether the preference is real: win rate, its interval, the test, and how many prompts a test needs.', page: '/t1/evaluation', section: {heading: 'Is the difference real?', id: 'is-the-difference-real'}},
  {id: 'module-check', title: 'Check yourself', question: 'Fifteen questions drawn from every section of the module, graded as you go, with your score per section.', page: '/t1/check'},
  {id: 'plan', title: 'Your fine-tuning plan', question: 'Everything you gave the tools above on one page: the decision, the run with its memory, time and cost, your data, how to evaluate — to share, print or paste into a ticket.', page: '/t1/plan'},
];

/** The tool with this id; throws for an unknown one, so a stale reference fails the build. */
export function courseTool(id: string): CourseTool {
  const tool = courseTools.find((candidate) => candidate.id === id);
  if (!tool) throw new Error(`No tool "${id}" in src/data/tools.ts (tools: ${courseTools.map((t) => t.id).join(', ')})`);
  return tool;
}

/** Where a link to the tool goes: its page, at its section. */
export function toolLink(tool: CourseTool): string {
  return tool.section ? `${tool.page}#${tool.section.id}` : tool.page;
}
