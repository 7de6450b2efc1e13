import {it} from 'vitest';
import {allSections} from '@site/src/data/questions/__tests__/allSections';
it('print', async () => {
  for (const s of allSections) { const id = s.section;

    console.log(`\n=== ${id} (${s.questions.length})`);
    for (const q of s.questions) {
      console.log(`\n[${q.kind}] ${q.id}: ${q.prompt}`);
      if (q.kind === 'numeric') { console.log(`  answer ${q.answer} ${q.unit} tol ${JSON.stringify(q.tolerance)}\n  working: ${q.working}`); for (const m of q.mistakes ?? []) console.log(`  mistake ${m.value}: ${m.why}`); }
      else for (const o of q.options) console.log(`  ${o.correct ? '✓' : '✗'} ${o.text}\n      ${o.why}`);
      if (q.explanation) console.log(`  explanation: ${q.explanation}`);
    }
  }
});
