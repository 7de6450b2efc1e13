/** T1.6 Data Preparation: how much is enough, what the checklist catches, and the chat format. */
import {dataVolumeByModelSize, excellentText, goodText, minimumText, type DataVolumeRow} from '@site/src/data/dataPreparation';
import {formatInteger} from '@site/src/utils/numberFormat';
import {links} from '../links';
import type {ChoiceOption, SectionQuestions} from '../types';

/** The data-volume question's dataset: the key is read from T1.6's table, so a changed row changes it. */
export const CURATED_EXAMPLES = 800;

function volumeOption(row: DataVolumeRow): ChoiceOption {
  const have = formatInteger(CURATED_EXAMPLES);
  const band =
    CURATED_EXAMPLES < row.minimum
      ? `below the minimum of ${minimumText(row)}`
      : CURATED_EXAMPLES < row.good.from
        ? `at least the minimum of ${minimumText(row)} but short of “Good” (${goodText(row)})`
        : CURATED_EXAMPLES <= row.good.to
          ? `within “Good” (${goodText(row)})`
          : CURATED_EXAMPLES < row.excellent
            ? `past “Good” (${goodText(row)}), short of “Excellent” (${excellentText(row)})`
            : `“Excellent” (${excellentText(row)})`;
  return {
    id: row.modelSize,
    text: row.modelSize,
    correct: CURATED_EXAMPLES >= row.minimum && CURATED_EXAMPLES < row.good.from,
    why: `For ${row.modelSize}, ${have} examples are ${band}.`,
  };
}

const questions: SectionQuestions = {
  section: 'data-preparation',
  questions: [
    {
      kind: 'multiple',
      id: 'eight-hundred-examples',
      prompt: `You have ${formatInteger(CURATED_EXAMPLES)} curated examples. For which model sizes is that at least T1.6’s minimum but below its “Good” range? Select all that apply.`,
      learnMore: links.howMuchData,
      options: dataVolumeByModelSize.map(volumeOption),
    },
    {
      kind: 'single',
      id: 'curate-or-scrape',
      prompt:
        'You have 20,000 scraped question–answer pairs of mixed quality, and budget for experts to review 1,000 of them. What does T1.6 suggest training on?',
      learnMore: links.dataChecklist,
      options: [
        {
          id: 'reviewed-thousand',
          text: 'The 1,000 expert-reviewed examples',
          correct: true,
          why: 'T1.6: “A thousand excellent examples outperform ten thousand mediocre ones” — quality matters more than quantity.',
        },
        {
          id: 'all-twenty-thousand',
          text: 'All 20,000, because more data always helps',
          correct: false,
          why: 'Mediocre examples teach mediocre answers: the model learns from the assistant messages it is shown, good and bad alike.',
        },
        {
          id: 'random-hundred',
          text: 'A random 100 of the scraped pairs, to save compute',
          correct: false,
          why: 'Unreviewed and at the bare minimum for a 7B model: the worst of both, neither quality nor quantity.',
          learnMore: links.howMuchData,
        },
        {
          id: 'pretrain-first',
          text: 'Continued pre-training on the scraped text first',
          correct: false,
          why: 'That needs millions of tokens, weeks and $10K or more, and teaches language, not your answers’ quality.',
          learnMore: links.spectrum,
        },
      ],
    },
    {
      kind: 'single',
      id: 'short-answers-only',
      prompt:
        'Every assistant answer in your training set is one or two sentences, but in production users ask for detailed walkthroughs. Which item of T1.6’s checklist does the set fail?',
      learnMore: links.dataChecklist,
      options: [
        {
          id: 'length-variety',
          text: 'Length variety',
          correct: true,
          why: '“Handles both short and long responses”: trained only on short answers, the model will cut walkthroughs short. A histogram of response lengths shows it.',
        },
        {
          id: 'diverse-inputs',
          text: 'Diverse inputs',
          correct: false,
          why: 'That is about the questions, which can be varied while every answer is short.',
        },
        {
          id: 'balanced-classes',
          text: 'Balanced classes',
          correct: false,
          why: 'That is about over-represented categories of request, not about how long the answers are.',
        },
        {
          id: 'consistent-format',
          text: 'Consistent format',
          correct: false,
          why: 'Short answers can all follow one format; consistency is not the problem here.',
        },
      ],
    },
    {
      kind: 'single',
      id: 'chat-format-line',
      prompt: 'Which line is a complete training example in T1.6’s chat format?',
      learnMore: links.chatFormat,
      options: [
        {
          id: 'messages',
          code: true,
          text: '{"messages": [{"role": "system", "content": "You are an Azure architect..."}, {"role": "user", "content": "Explain Azure Front Door."}, {"role": "assistant", "content": "Azure Front Door is a global..."}]}',
          correct: true,
          why: 'One JSON object per line with a messages list: an optional system message, the user’s turn and the assistant’s answer the model learns from.',
        },
        {
          id: 'no-assistant',
          code: true,
          text: '{"messages": [{"role": "system", "content": "You are an Azure architect..."}, {"role": "user", "content": "Explain Azure Front Door."}]}',
          correct: false,
          why: 'There is no assistant message, so nothing for the model to learn to say.',
        },
        {
          id: 'preference-pair',
          code: true,
          text: '{"prompt": "Explain Azure Front Door.", "chosen": "Azure Front Door is a global...", "rejected": "It is a door."}',
          correct: false,
          why: 'That is T1.5’s preference format, for DPO, not the chat format for supervised fine-tuning.',
          learnMore: links.preferenceData,
        },
        {
          id: 'bare-message',
          code: true,
          text: '{"role": "assistant", "content": "Azure Front Door is a global..."}',
          correct: false,
          why: 'A lone message without the messages list or the user turn it answers.',
        },
      ],
    },
    {
      kind: 'single',
      id: 'contradicting-examples',
      prompt: 'Two examples in your set give opposite answers to the same question. Which checklist item catches this, and why does it matter?',
      learnMore: links.dataChecklist,
      options: [
        {
          id: 'no-contradictions',
          text: '“No contradictions”: they confuse the model; deduplication and a consistency check find them',
          correct: true,
          why: 'T1.6’s row word for word: contradictions confuse the model, verified by deduplication and a consistency check.',
        },
        {
          id: 'edge-cases',
          text: '“Edge cases”: contradictions teach robust behaviour',
          correct: false,
          why: 'Edge cases are tricky or ambiguous inputs with one good answer (10–20 % of the set), not two answers that disagree.',
        },
        {
          id: 'diverse-inputs',
          text: '“Diverse inputs”: two answers make the set more diverse',
          correct: false,
          why: 'Diversity is about covering many kinds of question; the same question answered two ways adds confusion, not coverage.',
        },
        {
          id: 'balanced-classes',
          text: '“Balanced classes”: keep both so neither answer dominates',
          correct: false,
          why: 'Balance is about categories of request; for one question the model should learn one answer.',
        },
      ],
    },
  ],
};

export default questions;
